// Imports run on a worker thread, so a hostile or huge file costs that thread only: the
// app keeps answering while it parses, and the host stops it when it runs past a limit,
// when it runs out of memory, or when the user cancels. Like the re-anchoring worker,
// it is its own entry of every build, emitted beside the entry that starts it.

import { Worker } from 'node:worker_threads';
import type { NewArticle } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';
import { jobName, type ImportJob, type ImportProgress, type WorkerReply } from './job';

export type { ImportJob, ImportProgress } from './job';

const IMPORT_WORKER_FILE = 'import-worker.js';

/**
 * The largest file accepted (50 MB of HTML) imports in under a minute on a slow laptop;
 * one that takes twice that is a trap or a machine out of breath, not a page.
 */
export const IMPORT_TIME_LIMIT_MS = 120_000;
/**
 * The worker's heap. A 10 MB page takes about 700 MB while parsed, a 40 MB one 2.6 GB:
 * 2 GB keeps every real page in reach and a hostile one from starving the app.
 */
export const IMPORT_MEMORY_LIMIT_MB = 2_048;
/**
 * A warm worker saves loading the parsers (a second or more) for each file; one idle
 * for this long gives its memory back, since a huge page leaves a large heap behind.
 */
const IDLE_WORKER_MS = 5 * 60_000;

export interface ImportLimits {
  timeMs: number;
  memoryMb: number;
}

export const IMPORT_LIMITS: ImportLimits = { timeMs: IMPORT_TIME_LIMIT_MS, memoryMb: IMPORT_MEMORY_LIMIT_MB };

export interface ImportControl {
  /** Aborting stops the import at once; nothing of it is kept. */
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
}

/** The worker file emitted next to the entry module at `entryUrl` (pass import.meta.url). */
export function importWorkerBeside(entryUrl: string): URL {
  return new URL(IMPORT_WORKER_FILE, entryUrl);
}

/** One worker, one job at a time: files of a batch queue, and each gets the whole of the limits. */
export class ImportThread {
  #worker: Worker | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  #idle: ReturnType<typeof setTimeout> | undefined;
  #closed = false;

  constructor(
    private readonly workerFile: URL,
    private readonly limits: ImportLimits = IMPORT_LIMITS,
  ) {}

  run(job: ImportJob, control: ImportControl = {}): Promise<NewArticle> {
    if (this.#closed) return Promise.reject(closed(job));
    const turn = this.#queue.then(() => this.#runNow(job, control));
    this.#queue = turn.catch(() => undefined);
    return turn;
  }

  /** Stops the worker, and any import on it; later imports are refused. */
  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#idle);
    await this.#stop();
  }

  #runNow(job: ImportJob, { signal, onProgress }: ImportControl): Promise<NewArticle> {
    if (this.#closed) return Promise.reject(closed(job));
    if (signal?.aborted) return Promise.reject(cancelled(job));
    clearTimeout(this.#idle);
    const worker = this.#start();
    // Busy, the worker keeps the process alive (the CLI waits for it); idle, it does not.
    worker.ref();
    return new Promise<NewArticle>((resolve, reject) => {
      const finish = (outcome: () => void, keepWorker: boolean) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', abort);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (keepWorker) {
          worker.unref();
          this.#idle = setTimeout(() => void this.#stop(), IDLE_WORKER_MS).unref();
        } else void this.#stop();
        outcome();
      };
      const onMessage = (message: WorkerReply) => {
        if (message.type === 'progress') onProgress?.(message.progress);
        else if (message.type === 'done') finish(() => resolve(message.article), true);
        else finish(() => reject(rebuild(message.error)), true);
      };
      const onError = (error: Error & { code?: string }) => {
        const tooBig = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
        finish(() => reject(tooBig ? outOfMemory(job, this.limits) : crashed(job, error.message)), false);
      };
      const onExit = (code: number) => finish(() => reject(crashed(job, `the import worker stopped with code ${code}`)), false);
      const abort = () => finish(() => reject(cancelled(job)), false);
      const timer = setTimeout(() => finish(() => reject(tookTooLong(job, this.limits)), false), this.limits.timeMs);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      signal?.addEventListener('abort', abort, { once: true });
      worker.postMessage(job);
    });
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(this.workerFile, { resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryMb } });
    this.#worker = worker;
    return worker;
  }

  async #stop(): Promise<void> {
    const worker = this.#worker;
    this.#worker = null;
    if (worker) await worker.terminate();
  }
}

function rebuild({ code, message, subject }: Extract<WorkerReply, { type: 'failed' }>['error']): Error {
  return code ? new ClaimdeskError(code, message, subject) : new Error(message);
}

function closed(job: ImportJob): ClaimdeskError {
  return new ClaimdeskError('internal', `${jobName(job)}: the case was closed before the import ended. Nothing was imported.`);
}

function cancelled(job: ImportJob): ClaimdeskError {
  return new ClaimdeskError('import-failed', `${jobName(job)}: the import was cancelled. Nothing was imported.`);
}

function tookTooLong(job: ImportJob, { timeMs }: ImportLimits): ClaimdeskError {
  return new ClaimdeskError(
    'import-failed',
    `${jobName(job)}: converting it took longer than ${seconds(timeMs)}, the limit for one file (IMPORT_TIME_LIMIT_MS), and it was stopped. ` +
      'Nothing was imported. Split it into smaller files, or save only the article part, and import those.',
  );
}

function outOfMemory(job: ImportJob, { memoryMb }: ImportLimits): ClaimdeskError {
  return new ClaimdeskError(
    'import-failed',
    `${jobName(job)}: converting it needed more than ${memoryMb} MB of memory, the limit for one file (IMPORT_MEMORY_LIMIT_MB), and it was stopped. ` +
      'Nothing was imported. Split it into smaller files, or save only the article part, and import those.',
  );
}

function crashed(job: ImportJob, reason: string): ClaimdeskError {
  return new ClaimdeskError('internal', `${jobName(job)}: the import stopped unexpectedly (${reason}). Nothing was imported.`);
}

const seconds = (ms: number) => (ms >= 1_000 ? `${ms / 1_000} s` : `${ms} ms`);
