// Test helper: the re-anchoring worker, bundled as the app ships it (see test-worker-bundle).

import { useWorkerBundle } from '../test-worker-bundle';

/** Call at the top of a test file; returns the bundled worker, built on first use. */
export function useAnchorWorker(): () => Promise<URL> {
  return useWorkerBundle(new URL('./worker.ts', import.meta.url));
}
