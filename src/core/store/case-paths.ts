// Where each part of a case lives. Every path built from an id goes through here, and
// here the id is checked, so no id can point outside the case folder.

import { join } from 'node:path';
import type { Id } from '../../shared/model';
import { assertSafeId, assertSha256 } from './ids';

export const CASE_FILE = 'claimdesk.json';
/** The journal: every edit, which is also the audit trail. */
export const HISTORY_FILE = 'history.jsonl';

export interface CasePaths {
  dir: string;
  caseFile: string;
  history: string;
  /** The panes as the analyst left them: view state, apart from the case's data. */
  layout: string;
  articles: string;
  originals: string;
}

export function casePaths(dir: string): CasePaths {
  return {
    dir,
    caseFile: join(dir, CASE_FILE),
    history: join(dir, HISTORY_FILE),
    layout: join(dir, 'layout.json'),
    articles: join(dir, 'articles'),
    originals: join(dir, 'originals'),
  };
}

export function articleFile(paths: CasePaths, id: Id): string {
  assertSafeId(id, 'article id');
  return join(paths.articles, `${id}.json`);
}

export function originalFile(paths: CasePaths, sha256: string): string {
  assertSha256(sha256);
  return join(paths.originals, sha256);
}

/** claimdesk.v0.2025-01-31T09-15-00-000Z.bak.json: colons are not allowed in Windows file names. */
export function backupFile(paths: CasePaths, schemaVersion: number, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return join(paths.dir, `claimdesk.v${schemaVersion}.${stamp}.bak.json`);
}
