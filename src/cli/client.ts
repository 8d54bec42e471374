// The CLI uses the same API table as the app: every call is validated and answered
// in the same envelope, then unwrapped into the typed client. A case is written by one
// process at a time: when the app has it open, the calls go through the app.

import { resolve } from 'node:path';
import type { ApiClient } from '../shared/api';
import { createClient, dispatch } from '../shared/rpc';
import { anchorWorkerBeside } from '../core/anchor-thread';
import { importWorkerBeside } from '../core/import-thread';
import { printPdfWithChromium } from '../core/chromium';
import { openCaseService } from '../core/service';
import { CaseLockedError, describeHolder } from '../core/store';
import { remoteClient } from './remote-case';
import { logUnexpected } from './unexpected-errors';
import { APP_VERSION } from './version';

/**
 * The built CLI and its workers sit together in out/node. Tests, which run the sources,
 * point these at workers they bundled (see src/cli/test-workers.ts).
 */
export const WORKERS = {
  anchor: anchorWorkerBeside(import.meta.url),
  import: importWorkerBeside(import.meta.url),
};

export async function withCase<T>(dir: string, work: (client: ApiClient) => Promise<T>): Promise<T> {
  let service;
  try {
    service = await openCaseService(resolve(dir), {
      appVersion: APP_VERSION,
      anchorWorker: WORKERS.anchor,
      importWorker: WORKERS.import,
      printPdf: printPdfWithChromium,
    });
  } catch (error) {
    const holder = error instanceof CaseLockedError ? error.holder : null;
    if (holder?.endpoint) return work(remoteClient({ ...holder, endpoint: holder.endpoint }));
    throw error;
  }
  if (service.store.tookOverFrom) {
    console.error(`claimdesk: took over the case from a Claimdesk that had stopped (${describeHolder(service.store.tookOverFrom)}).`);
  }
  try {
    return await work(createClient((method, input) => dispatch(service.handlers, method, input, logUnexpected)));
  } finally {
    await service.close();
  }
}
