// Scoring articles on a worker thread. The worker is its own entry of every build,
// emitted as SCORE_WORKER_FILE beside the entry that starts it (see anchor-thread for why
// each entry point says where that is). One worker serves the open case; it starts on
// the first request and does not keep the process alive.

import { Worker } from 'node:worker_threads';
import type { Doc, Id } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';
import type { Suggestion } from '../../shared/suggestions';

const SCORE_WORKER_FILE = 'score-worker.js';

export interface ScoreJob {
  id: number;
  articleId: Id;
  doc: Doc;
}

interface Pending {
  resolve: (suggestions: Suggestion[]) => void;
  reject: (error: Error) => void;
}

/** The worker file emitted next to the entry module at `entryUrl` (pass import.meta.url). */
export function scoreWorkerBeside(entryUrl: string): URL {
  return new URL(SCORE_WORKER_FILE, entryUrl);
}

export class ScoringThread {
  #worker: Worker | null = null;
  readonly #pending = new Map<number, Pending>();
  #nextId = 0;

  constructor(private readonly workerFile: URL) {}

  score(articleId: Id, doc: Doc): Promise<Suggestion[]> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#start().postMessage({ id, articleId, doc } satisfies ScoreJob);
    });
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = null;
    await worker?.terminate();
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(this.workerFile);
    worker.unref();
    worker.on('message', ({ id, suggestions }: { id: number; suggestions: Suggestion[] }) => {
      this.#pending.get(id)?.resolve(suggestions);
      this.#pending.delete(id);
    });
    // A worker that fails takes its jobs with it; the next request starts a new one.
    const fail = (reason: string) => {
      if (this.#worker === worker) this.#worker = null;
      for (const { reject } of this.#pending.values()) {
        reject(new ClaimdeskError('internal', `Scoring the sentences failed (${reason}). Try again; if it persists, reinstall Claimdesk.`));
      }
      this.#pending.clear();
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => this.#pending.size > 0 && fail(`the worker ${this.workerFile.pathname} stopped with code ${code}`));
    this.#worker = worker;
    return worker;
  }
}
