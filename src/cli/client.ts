// The CLI uses the same API table as the app: every call is validated and answered
// in the same envelope, then unwrapped into the typed client.

import { resolve } from 'node:path';
import type { ApiClient } from '../shared/api';
import { createClient, dispatch } from '../shared/rpc';
import { anchorWorkerBeside } from '../core/anchor-thread';
import { importWorkerBeside } from '../core/import-thread';
import { printPdfWithChromium } from '../core/chromium';
import { openCaseService, type CaseService } from '../core/service';
import { APP_VERSION } from './version';

/**
 * The built CLI and its workers sit together in out/node. Tests, which run the sources,
 * point these at workers they bundled (see src/cli/test-workers.ts).
 */
export const WORKERS = {
  anchor: anchorWorkerBeside(import.meta.url),
  import: importWorkerBeside(import.meta.url),
};

export async function withCase<T>(dir: string, work: (client: ApiClient, service: CaseService) => Promise<T>): Promise<T> {
  const service = await openCaseService(resolve(dir), {
    appVersion: APP_VERSION,
    anchorWorker: WORKERS.anchor,
    importWorker: WORKERS.import,
    printPdf: printPdfWithChromium,
  });
  try {
    const client = createClient((method, input) => dispatch(service.handlers, method, input));
    return await work(client, service);
  } finally {
    await service.close();
  }
}
