export { CaseSearch, type SearchStorage } from './case-search';
export { SEARCH_INDEX_FILE, searchIndexFile } from './index-file';
