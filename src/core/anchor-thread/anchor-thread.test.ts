import { describe, expect, it } from 'vitest';
import { selectorFor } from '../../shared/selector';
import { reanchorSelectors } from '../anchor';
import { reanchorOffThread } from './index';
import { useAnchorWorker } from './test-worker';

const anchorWorker = useAnchorWorker();

const OLD = 'Officials said the embassy was attacked. Police counted 1,200 people outside.';
const NEW = 'UPDATED. Officials said the embassy was attacked on Monday. Police counted 1,200 people.';

describe('reanchorOffThread', () => {
  it('gives the same results as reanchorSelectors on the calling thread', async () => {
    const selectors = [selectorFor(OLD, 0, 9), selectorFor(OLD, 41, 68), selectorFor(OLD, 68, OLD.length)];
    const results = await reanchorOffThread(await anchorWorker(), { text: NEW, selectors });
    expect(results).toEqual(reanchorSelectors(NEW, selectors));
  }, 30_000);

  it('needs no worker for no selectors', async () => {
    expect(await reanchorOffThread(new URL('file:///nowhere/anchor-worker.js'), { text: NEW, selectors: [] })).toEqual([]);
  });

  it('fails with a message when the worker file is missing', async () => {
    const selectors = [selectorFor(OLD, 0, 9)];
    const attempt = reanchorOffThread(new URL('file:///nowhere/anchor-worker.js'), { text: NEW, selectors });
    await expect(attempt).rejects.toMatchObject({ code: 'internal', message: expect.stringContaining('Nothing was imported') });
  });
});
