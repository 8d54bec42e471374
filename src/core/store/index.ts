// The workspace store: a case folder on disk, opened as one CaseStore.

export { CaseLockedError, describeHolder, readLock, type LockHolder } from './case-lock';
export { CaseStore, includeArticle, readCase, type EditAction, type Lineage, type OpenOptions, type Replacement } from './case-store';
export type { NewCase } from './case-folder';
export { restoreCaseFolder, type CaseContents } from './case-restore';
export { CASE_FILE, HISTORY_FILE } from './case-paths';
export { Journal, type Change } from './journal';
export { revise, reviseByKey } from './case-draft';
export { indexOfKey } from './positions';
export { sanitizeCaseData, sanitizeDoc, TAG_PALETTE } from './case-sanitize';
export { newId } from './ids';
export { MIGRATIONS, migrate, type Migration } from './migrations';
