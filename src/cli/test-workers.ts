// Test helper: the CLI looks for its workers beside its built module, which a test run
// of the sources does not have; this points it at workers bundled for the test file.

import { beforeAll } from 'vitest';
import { useAnchorWorker } from '../core/anchor-thread/test-worker';
import { useImportWorker } from '../core/import-thread/test-worker';
import { WORKERS } from './client';

/** Call at the top of a test file that runs CLI commands. */
export function useCliWorkers(): void {
  const anchorWorker = useAnchorWorker();
  const importWorker = useImportWorker();
  beforeAll(async () => {
    WORKERS.anchor = await anchorWorker();
    WORKERS.import = await importWorker();
  }, 120_000);
}
