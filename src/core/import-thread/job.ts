// What crosses between the service and the import worker: one job in; progress, then an
// article or an error, out. Plain data only, since messages are structured clones.

import type { NewArticle } from '../../shared/model';
import type { ImportProgress } from '../import';
import type { ErrorSubject, ErrorCode } from '../../shared/rpc';

export type ImportJob =
  | { kind: 'file'; name: string; bytes: Uint8Array }
  | { kind: 'text'; text: string; title: string | null }
  | { kind: 'html'; html: string; title: string | null };

export type { ImportProgress };

export type WorkerReply =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; article: NewArticle }
  | { type: 'failed'; error: { code: ErrorCode | null; message: string; subject?: ErrorSubject } };

/** What the job is, in the words of a message: the file's name, or what was pasted. */
export function jobName(job: ImportJob): string {
  return job.kind === 'file' ? job.name : 'The pasted text';
}
