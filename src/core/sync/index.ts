// Sharing a case through git: the merge by entity, the repository, conflicts to settle.

export { changesToSend, cloneCase, shareCase, syncCase } from './sync-case';
export { listConflicts, resolveConflict } from './resolve';
export { remoteUrl, type Credentials } from './case-repo';
export { readConflicts } from './conflicts-file';
