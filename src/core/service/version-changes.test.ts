import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/api';
import { selectorFor } from '../../shared/selector';
import { asBase64, useFreshCases } from './test-service';

const openFreshCase = useFreshCases();

const LEAD = 'Protesters gathered outside the embassy on Sunday, witnesses said.';
const CROWD = 'Police said that about 200 people took part in the march on Sunday evening.';
const CLOSE = 'The embassy did not respond to a request for comment.';
const QUOTE = 'about 200 people took part in the march';

async function importPage(client: ApiClient, paragraphs: string[], name: string) {
  const body = paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('');
  const html = `<!doctype html><html><head><title>Embassy</title><link rel="canonical" href="https://news.example/embassy"></head><body><article>${body}</article></body></html>`;
  return (await client.importFile({ name, dataBase64: asBase64(html) })).article;
}

/** A claim on the crowd figure, then a version that rewrites that sentence beyond re-anchoring. */
async function orphanedByNewVersion() {
  const { client } = await openFreshCase();
  const first = await importPage(client, [LEAD, CROWD, CLOSE], 'v1.html');
  const start = first.doc.text.indexOf(QUOTE);
  const { claim } = await client.createClaim({ articleId: first.id, selector: selectorFor(first.doc.text, start, start + QUOTE.length) });
  const rewritten = 'Police said that nearly 90 demonstrators took part in the rally on Sunday evening.';
  const second = await importPage(client, [LEAD, rewritten, CLOSE], 'v2.html');
  const orphan = (await client.getCase({})).appearances.find((a) => a.articleId === second.id && a.claimId === claim.id)!;
  return { client, first, second, orphan };
}

describe('version changes over the open case', () => {
  it('lists a silent edit among the case’s articles', async () => {
    const { client, second } = await orphanedByNewVersion();
    expect(await client.getSilentEdits({})).toEqual([second.id]);
    const changes = await client.getVersionChanges({ articleId: second.id });
    expect(changes.changes.map((change) => change.kind)).toEqual(['changed']);
  });

  it('moves an orphaned appearance onto the words that replaced its own, in one edit that undo takes back', async () => {
    const { client, second, orphan } = await orphanedByNewVersion();
    expect(orphan.status).toBe('orphaned');
    const moved = await client.moveOrphan({ id: orphan.id });
    expect(moved).toMatchObject({ id: orphan.id, status: 'anchored' });
    expect(moved.selector.quote.exact).toBe('nearly 90 demonstrators took part in the rally');
    expect(second.doc.text.slice(moved.selector.position.start, moved.selector.position.end)).toBe(moved.selector.quote.exact);
    await client.undo({});
    expect((await client.getCase({})).appearances.find((a) => a.id === orphan.id)).toMatchObject({ status: 'orphaned' });
  });

  it('refuses to move an appearance whose paragraph was removed, changing nothing', async () => {
    const { client } = await openFreshCase();
    const first = await importPage(client, [LEAD, CROWD, CLOSE], 'v1.html');
    const start = first.doc.text.indexOf(QUOTE);
    const { claim } = await client.createClaim({ articleId: first.id, selector: selectorFor(first.doc.text, start, start + QUOTE.length) });
    const second = await importPage(client, [LEAD, CLOSE], 'v2.html');
    const orphan = (await client.getCase({})).appearances.find((a) => a.articleId === second.id && a.claimId === claim.id)!;
    expect(orphan.status).toBe('orphaned');
    await expect(client.moveOrphan({ id: orphan.id })).rejects.toThrow(/paragraph that held these words was removed/);
    expect((await client.getCase({})).appearances.find((a) => a.id === orphan.id)).toEqual(orphan);
  });

  it('refuses the changes of a first version with a message that says why', async () => {
    const { client } = await openFreshCase();
    const first = await importPage(client, [LEAD, CROWD], 'v1.html');
    await expect(client.getVersionChanges({ articleId: first.id })).rejects.toThrow(/first version of its page/);
    expect(await client.getSilentEdits({})).toEqual([]);
  });
});
