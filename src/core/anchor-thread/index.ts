// Running reanchorSelectors() on a worker thread. The worker is its own entry of every
// build (electron-vite main, the Node build), emitted as ANCHOR_WORKER_FILE beside the
// entry that starts it; each entry point says where that is, since a shared chunk
// cannot know which output folder it was bundled into.

import { Worker } from 'node:worker_threads';
import type { Selector } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';
import type { Reanchored } from '../anchor';

const ANCHOR_WORKER_FILE = 'anchor-worker.js';

export interface ReanchorJob {
  /** The new version's text. */
  text: string;
  selectors: Selector[];
}

/** The worker file emitted next to the entry module at `entryUrl` (pass import.meta.url). */
export function anchorWorkerBeside(entryUrl: string): URL {
  return new URL(ANCHOR_WORKER_FILE, entryUrl);
}

/** One worker per job: a version import is rare, and a fresh thread holds no state. */
export function reanchorOffThread(workerFile: URL, job: ReanchorJob): Promise<Reanchored[]> {
  if (job.selectors.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile);
    const fail = (reason: string) =>
      reject(new ClaimdeskError('internal', `Re-anchoring the claims failed (${reason}). Nothing was imported.`));
    worker.once('message', (results: Reanchored[]) => {
      resolve(results);
      void worker.terminate();
    });
    worker.once('error', (error) => fail(error.message));
    // Only reached without a message when the worker could not run at all.
    worker.once('exit', (code) => fail(`the worker ${workerFile.pathname} stopped with code ${code}`));
    worker.postMessage(job);
  });
}
