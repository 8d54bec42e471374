import { describe, expect, it } from 'vitest';
import type { ApiHandlers } from './api';
import { MAX_IMPORT_BYTES } from './api';
import { dispatch } from './rpc';

describe('the import size limit', () => {
  it('states the limit when a file is over it', async () => {
    const handlers = { importFile: () => Promise.reject(new Error('not reached')) } as unknown as ApiHandlers;
    const overLimit = 'A'.repeat(Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4);
    const envelope = await dispatch(handlers, 'importFile', { name: 'big.pdf', dataBase64: overLimit });
    expect(envelope).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('The file is larger than 50 MB, the most Claimdesk imports.') },
    });
  });
});
