import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/api';
import { ClaimdeskError } from '../../shared/rpc';
import { selectorFor } from '../../shared/selector';
import { asBase64, useFreshCases } from './test-service';

const openFreshCase = useFreshCases();

const FIRST = 'The minister said Kestria is orchestrating an attack on our embassy. Police counted 1,200 people.';
const SECOND = 'Police counted 1,200 people, a spokesman said, and made 40 arrests.';

async function importText(client: ApiClient, name: string, text: string) {
  return (await client.importFile({ name, dataBase64: asBase64(text) })).article;
}

async function tag(client: ApiClient, articleId: string, text: string, quote: string) {
  const start = text.indexOf(quote);
  return client.createClaim({ articleId, selector: selectorFor(text, start, start + quote.length) });
}

describe('the case as the app lists it', () => {
  it('holds everything getCase does but the words of each appearance', async () => {
    const { client } = await openFreshCase();
    const article = await importText(client, 'first.txt', FIRST);
    await tag(client, article.id, FIRST, 'Kestria is orchestrating an attack on our embassy');
    const full = await client.getCase({});
    const summary = await client.getCaseSummary({});
    expect(summary.claims).toEqual(full.claims);
    expect(summary.articles).toEqual(full.articles);
    expect(summary.appearances).toEqual(full.appearances.map(({ selector: _words, ...rest }) => rest));
    expect(summary.appearances[0]).not.toHaveProperty('selector');
  });

  it('shows each edit: a claim tagged after the first summary is in the next', async () => {
    const { client } = await openFreshCase();
    const article = await importText(client, 'first.txt', FIRST);
    await tag(client, article.id, FIRST, 'Kestria is orchestrating an attack on our embassy');
    expect((await client.getCaseSummary({})).appearances).toHaveLength(1);
    const { claim } = await tag(client, article.id, FIRST, 'Police counted 1,200 people');
    const summary = await client.getCaseSummary({});
    expect(summary.appearances).toHaveLength(2);
    expect(summary.claims.map((c) => c.id)).toContain(claim.id);
  });
});

describe("an article's appearances", () => {
  it('are the claims marked in that article only, with their words', async () => {
    const { client } = await openFreshCase();
    const first = await importText(client, 'first.txt', FIRST);
    const second = await importText(client, 'second.txt', SECOND);
    const { claim } = await tag(client, first.id, FIRST, 'Police counted 1,200 people');
    const start = SECOND.indexOf('Police counted 1,200 people');
    await client.addAppearance({ claimId: claim.id, articleId: second.id, selector: selectorFor(SECOND, start, start + 27) });
    await tag(client, second.id, SECOND, 'made 40 arrests');

    const inFirst = await client.getArticleAppearances({ articleId: first.id });
    expect(inFirst.map((a) => a.selector.quote.exact)).toEqual(['Police counted 1,200 people']);
    const inSecond = await client.getArticleAppearances({ articleId: second.id });
    expect(inSecond.map((a) => a.selector.quote.exact)).toEqual(['Police counted 1,200 people', 'made 40 arrests']);
    expect(inSecond.every((a) => a.articleId === second.id)).toBe(true);
  });

  it('of an article not in the case is a not-found error that names it, and the case is untouched', async () => {
    const { client } = await openFreshCase();
    const article = await importText(client, 'first.txt', FIRST);
    await tag(client, article.id, FIRST, 'Police counted 1,200 people');
    const before = await client.getCase({});
    const failure = client.getArticleAppearances({ articleId: 'art_missing' });
    await expect(failure).rejects.toBeInstanceOf(ClaimdeskError);
    await expect(failure).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('art_missing') });
    expect(await client.getCase({})).toEqual(before);
  });
});
