// The search index is written while the case is edited, not only on close, so a crash
// costs it only the edits since, and the next search catches those up.

import { describe, expect, it } from 'vitest';
import { createClient, dispatch } from '../../shared/rpc';
import { readSavedIndex, searchIndexFile } from '../search/index-file';
import { openCaseService, type CaseService } from './index';
import { useFreshCases } from './test-service';
import type { KeepPolicy } from '../search';

const freshCase = useFreshCases();

async function caseKeeping(policy: Partial<KeepPolicy>) {
  const { service: first, dir, options } = await freshCase();
  await first.close();
  const service = await openCaseService(dir, { ...options, searchKeeping: policy });
  const client = createClient((method, input) => dispatch(service.handlers, method, input));
  const caseId = service.store.data.workspace.id;
  const keptIds = async () => [...((await readSavedIndex(searchIndexFile(dir), caseId))?.keys.keys() ?? [])];
  return { service, client, dir, options, keptIds };
}

async function until(condition: () => Promise<boolean>): Promise<void> {
  for (let waited = 0; !(await condition()); waited += 20) {
    if (waited > 10_000) throw new Error('Waited ten seconds in vain.');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** What a crash leaves of an open service: the case as saved, the search index as last kept. */
async function crash(service: CaseService): Promise<void> {
  await service.store.close();
}

describe('the search index kept while the case is edited', () => {
  it.each([
    ['with the edits once they pause', { idleMs: 50, maxEdits: 1_000 }],
    ['without a pause once enough edits piled up', { idleMs: 3_600_000, maxEdits: 2 }],
  ])('is written %s', async (_, policy) => {
    const { service, client, keptIds } = await caseKeeping(policy);
    await client.search({ query: 'embassy' });
    const first = await client.importText({ text: 'The quartermaster spoke on Monday.', title: 'Quartermaster' });
    const second = await client.importText({ text: 'The harbourmaster spoke on Tuesday.', title: 'Harbourmaster' });
    await until(async () => (await keptIds()).includes(`article:${second.id}`));
    expect(await keptIds()).toContain(`article:${first.id}`);
    await crash(service);
  });

  it('is brought up to date in a session that never searched, from the index kept before', async () => {
    const { service, client, dir, options, keptIds } = await caseKeeping({ idleMs: 3_600_000, maxEdits: 1_000 });
    const before = await client.importText({ text: 'The quartermaster spoke on Monday.', title: 'Quartermaster' });
    await client.search({ query: 'quartermaster' });
    await service.close();
    const reopened = await openCaseService(dir, { ...options, searchKeeping: { idleMs: 50, maxEdits: 1_000 } });
    const again = createClient((method, input) => dispatch(reopened.handlers, method, input));
    const after = await again.importText({ text: 'The harbourmaster spoke on Tuesday.', title: 'Harbourmaster' });
    await until(async () => (await keptIds()).includes(`article:${after.id}`));
    expect(await keptIds()).toContain(`article:${before.id}`);
    await reopened.close();
  });

  it('costs a crash before it is written only a catch-up: the next search finds every edit', async () => {
    const { service, client, dir, options, keptIds } = await caseKeeping({ idleMs: 3_600_000, maxEdits: 1_000 });
    await client.search({ query: 'embassy' });
    const article = await client.importText({ text: 'The quartermaster spoke on Monday.', title: 'Quartermaster' });
    expect(await keptIds()).not.toContain(`article:${article.id}`);
    await crash(service);
    const reopened = await openCaseService(dir, options);
    const again = createClient((method, input) => dispatch(reopened.handlers, method, input));
    expect((await again.search({ query: 'quartermaster' })).hits.map((hit) => hit.id)).toEqual([article.id]);
    await reopened.close();
  });
});
