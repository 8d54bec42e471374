export { CaseSearch } from './case-search';
