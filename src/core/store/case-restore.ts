// Writing a whole case into a new folder at once, from a case exported as JSON: the
// same files the store keeps (article bodies, originals, history, claimdesk.json),
// written durably, claimdesk.json last so a failed attempt leaves no half case behind.

import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Article, CaseData, HistoryEntry } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';
import { articleFile, casePaths, originalFile } from './case-paths';
import { articleShapeProblem, caseShapeProblem } from './case-shape';
import { syncFolder, writeFileDurably } from './durable-file';
import { writeSnapshot } from './snapshot';
import { exists } from './fs-helpers';
import { appendHistory } from './history';

export interface CaseContents {
  data: CaseData;
  /** Every article of data.articles, with its text. */
  articles: Article[];
  /** Original bytes by SHA-256; the caller has checked each against its hash. */
  originals: ReadonlyMap<string, Uint8Array>;
  /** Kept as they were: the restored case has the audit trail of the one exported. */
  history: HistoryEntry[];
}

/** Refuses a folder that already holds a case, and contents the store could not open. */
export async function restoreCaseFolder(dir: string, contents: CaseContents): Promise<void> {
  const paths = casePaths(resolve(dir));
  if (await exists(paths.caseFile)) {
    throw new ClaimdeskError(
      'invalid-input',
      `${paths.dir} already holds a Claimdesk case (${paths.caseFile}). Choose a new folder; nothing was changed.`,
    );
  }
  const problem =
    caseShapeProblem(contents.data) ??
    contents.articles.map((article) => articleShapeProblem(article)).find((found) => found !== null) ??
    null;
  if (problem !== null) {
    throw new ClaimdeskError('invalid-input', `The case cannot be restored: ${problem}. Nothing was written.`);
  }
  await mkdir(paths.articles, { recursive: true });
  await mkdir(paths.originals, { recursive: true });
  await syncFolder(dirname(paths.dir));
  for (const article of contents.articles) await writeFileDurably(articleFile(paths, article.id), JSON.stringify(article));
  for (const [sha256, bytes] of contents.originals) await writeFileDurably(originalFile(paths, sha256), bytes);
  await appendHistory(paths.history, contents.history);
  // The restored history records edits the snapshot already holds: it is not replayed,
  // and the case's next edit is numbered after its last.
  const seq = contents.history.reduce((last, entry) => Math.max(last, entry.seq ?? 0), 0);
  await writeSnapshot(paths.caseFile, contents.data, { seq, offset: (await stat(paths.history).catch(() => ({ size: 0 }))).size });
  await syncFolder(paths.dir);
}
