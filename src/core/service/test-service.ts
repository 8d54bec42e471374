// Test helper: a fresh case behind the typed client, as the app and the CLI use it.

import type { ApiClient } from '../../shared/api';
import { createClient, dispatch } from '../../shared/rpc';
import { useAnchorWorker } from '../anchor-thread/test-worker';
import { useImportWorker } from '../import-thread/test-worker';
import { useTempFolders } from '../store/test-folders';
import { createCase, openCaseService, type CaseService, type ServiceOptions } from './index';

export interface OpenCase {
  client: ApiClient;
  service: CaseService;
  dir: string;
  /** To open the case again as it was opened. */
  options: ServiceOptions;
}

/** Call at the top of a test file; returns a function that opens a fresh, empty case. */
export function useFreshCases(): () => Promise<OpenCase> {
  const tempFolder = useTempFolders();
  const anchorWorker = useAnchorWorker();
  const importWorker = useImportWorker();
  return async () => {
    const dir = await tempFolder();
    await createCase(dir, { name: 'Embassy claims', analyst: 'Dana' });
    const options = { appVersion: '0.0.0-test', anchorWorker: await anchorWorker(), importWorker: await importWorker() };
    const service = await openCaseService(dir, options);
    const client = createClient((method, input) => dispatch(service.handlers, method, input));
    return { client, service, dir, options };
  };
}

export const asBase64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
