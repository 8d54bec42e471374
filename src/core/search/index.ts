export { CaseSearch, type SearchStorage } from './case-search';
export { SEARCH_INDEX_FILE, searchIndexFile } from './index-file';
export { DEFAULT_KEEP_POLICY, IndexKeeper, type KeepPolicy } from './index-keeper';
