// The imports running now, by the id their caller gave: what the API's cancelImport and
// getImportProgress act on. An import without an id runs all the same, out of reach.

import type { ImportProgress } from '../../shared/api';
import type { ImportControl } from '../import-thread';

interface Run {
  controller: AbortController;
  progress: ImportProgress | null;
}

export class ImportRuns {
  readonly #runs = new Map<string, Run>();

  /** Runs `work` under `importId`, giving it the signal and progress callback to honour. */
  async track<T>(importId: string | undefined, work: (control: ImportControl) => Promise<T>): Promise<T> {
    const run: Run = { controller: new AbortController(), progress: null };
    if (importId !== undefined) this.#runs.set(importId, run);
    try {
      return await work({ signal: run.controller.signal, onProgress: (progress) => (run.progress = progress) });
    } finally {
      if (importId !== undefined && this.#runs.get(importId) === run) this.#runs.delete(importId);
    }
  }

  cancel(importId: string): void {
    this.#runs.get(importId)?.controller.abort();
  }

  progress(importId: string): ImportProgress | null {
    const run = this.#runs.get(importId);
    return run ? (run.progress ?? { done: 0, total: 1 }) : null;
  }
}
