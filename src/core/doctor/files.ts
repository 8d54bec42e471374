// Checks of the case folder's files against claimdesk.json: each article's file there,
// readable and the one its summary names; each original's bytes still hashing to the
// name they were stored under. The folder is read elsewhere; these only judge.

import type { CaseData, Id } from '../../shared/model';
import type { Problem } from './problems';

export type ArticleFile = { state: 'missing' } | { state: 'unreadable'; reason: string } | { state: 'read'; content: unknown };

/** What the folder holds, as read from disk. */
export interface CaseFiles {
  /** The file of each article the case names. */
  articles: ReadonlyMap<Id, ArticleFile>;
  /** The ids of every articles/<id>.json present, named or not. */
  articleFileIds: readonly string[];
  /** Each file in originals/, by name, with the SHA-256 of its bytes. */
  originals: ReadonlyMap<string, string>;
}

export function checkFiles(data: Readonly<CaseData>, files: CaseFiles): Problem[] {
  const problems: Problem[] = [];
  for (const summary of data.articles) {
    const file = files.articles.get(summary.id) ?? { state: 'missing' };
    const name = `articles/${summary.id}.json`;
    const article = `"${summary.title}" (${summary.id})`;
    if (file.state === 'missing') {
      problems.push({ kind: 'article-file-missing', subject: name, message: `The article ${article} has no file ${name}: its text is lost, its claims' quotes keep only their recorded context. Restore the file from a backup or import the article again.` });
    } else if (file.state === 'unreadable') {
      problems.push({ kind: 'article-file-damaged', subject: name, message: `The file ${name} of the article ${article} cannot be read (${file.reason}). Restore it from a backup or import the article again.` });
    } else {
      const mismatch = mismatchOf(file.content, summary);
      if (mismatch) problems.push({ kind: 'article-file-mismatch', subject: name, message: `The file ${name} does not hold the article ${article}: ${mismatch}. It may have been copied over from another case; restore it from a backup.` });
    }
    if (!files.originals.has(summary.sha256)) {
      problems.push({ kind: 'original-missing', subject: `originals/${summary.sha256}`, message: `The original bytes of the article ${article} (originals/${summary.sha256}) are missing: its provenance can no longer be shown. Keep the source file if you still have it.` });
    }
  }
  const named = new Set(data.articles.map((article) => article.id));
  for (const id of files.articleFileIds) {
    if (named.has(id)) continue;
    problems.push({ kind: 'article-file-unreferenced', subject: `articles/${id}.json`, message: `The file articles/${id}.json belongs to no article of the case, most likely left by an import that failed. It takes space only; it can be moved out of the folder.` });
  }
  for (const [name, actual] of files.originals) {
    if (actual === name) continue;
    problems.push({ kind: 'original-damaged', subject: `originals/${name}`, message: `The original originals/${name} no longer has the SHA-256 it is named by (its bytes hash to ${actual}): it was changed or damaged after import, so it no longer proves what was imported.` });
  }
  return problems;
}

/** What an article file says that its summary contradicts, or null when they agree. */
function mismatchOf(content: unknown, summary: CaseData['articles'][number]): string | null {
  if (typeof content !== 'object' || content === null) return 'it holds no article';
  const body = content as { id?: unknown; sha256?: unknown; doc?: { text?: unknown } };
  if (body.id !== summary.id) return `it names the id ${String(body.id)}`;
  if (body.sha256 !== undefined && body.sha256 !== summary.sha256) return 'its SHA-256 differs from the summary\'s';
  if (typeof body.doc?.text !== 'string') return 'it has no text';
  return null;
}
