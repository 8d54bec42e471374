import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/api';
import { firstAppearance } from '../../shared/first-appearance';
import type { Article } from '../../shared/model';
import { selectorFor } from '../../shared/selector';
import { asBase64, useFreshCases } from './test-service';

const openFreshCase = useFreshCases();

const QUOTE = 'Kestria is orchestrating an attack on our embassy';

/** A saved web page with its metadata; the claim's words are in each one. */
function page(name: string, outlet: string, publishedAt: string | null) {
  const date = publishedAt === null ? '' : `<meta property="article:published_time" content="${publishedAt}">`;
  return `<!doctype html><html><head><title>${outlet} on the embassy</title>
<meta property="og:site_name" content="${outlet}">${date}<link rel="canonical" href="https://${name}.example/embassy"></head>
<body><article><p>${outlet} reports: the minister said ${QUOTE}. Police counted 1,200 people.</p></article></body></html>`;
}

async function importPage(client: ApiClient, name: string, outlet: string, publishedAt: string | null): Promise<Article> {
  return (await client.importFile({ name: `${name}.html`, dataBase64: asBase64(page(name, outlet, publishedAt)) })).article;
}

function select(article: Article, quote: string) {
  const start = article.doc.text.indexOf(quote);
  return selectorFor(article.doc.text, start, start + quote.length);
}

describe('one claim, many appearances', () => {
  it('marks a claim in a second article, and the first appearance is in the article published first', async () => {
    const { client, service } = await openFreshCase();
    const later = await importPage(client, 'wire', 'Northern Wire', '2026-03-04T08:00:00Z');
    const earlier = await importPage(client, 'herald', 'Harbour Herald', '2026-03-03T09:12:00Z');
    const { claim, appearance: marked } = await client.createClaim({ articleId: later.id, selector: select(later, QUOTE) });

    const added = await client.addAppearance({ claimId: claim.id, articleId: earlier.id, selector: select(earlier, QUOTE) });
    expect(added).toMatchObject({ claimId: claim.id, articleId: earlier.id, status: 'anchored' });
    expect(added.selector.quote.exact).toBe(QUOTE);

    const data = await client.getCase({});
    const appearances = data.appearances.filter((appearance) => appearance.claimId === claim.id);
    expect(appearances.map((appearance) => appearance.id)).toEqual([marked.id, added.id]);
    expect(firstAppearance(appearances, data.articles)?.id).toBe(added.id);
    expect((await service.store.readHistory()).filter((entry) => entry.entity === 'appearance')).toHaveLength(2);
    await service.close();
  });

  it('marks the same claim twice in one article, but not twice on the same words', async () => {
    const { client, service } = await openFreshCase();
    const article = await importPage(client, 'wire', 'Northern Wire', null);
    const { claim } = await client.createClaim({ articleId: article.id, selector: select(article, QUOTE) });

    await expect(client.addAppearance({ claimId: claim.id, articleId: article.id, selector: select(article, QUOTE) })).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringMatching(/already marked on these words in "Northern Wire on the embassy"/),
    });
    const other = await client.addAppearance({ claimId: claim.id, articleId: article.id, selector: select(article, 'Police counted') });
    expect(other.articleId).toBe(article.id);
    expect((await client.getCase({})).appearances).toHaveLength(2);
    await service.close();
  });

  it('refuses words that are not at the selected place, an unknown claim and an unknown article', async () => {
    const { client, service } = await openFreshCase();
    const article = await importPage(client, 'wire', 'Northern Wire', null);
    const { claim } = await client.createClaim({ articleId: article.id, selector: select(article, QUOTE) });

    const moved = select(article, 'Police counted');
    moved.position = { start: moved.position.start + 1, end: moved.position.end + 1 };
    await expect(client.addAppearance({ claimId: claim.id, articleId: article.id, selector: moved })).rejects.toThrow(
      /The selected words are not at that place in "Northern Wire on the embassy"/,
    );
    const beyond = { ...moved, position: { start: 10_000, end: 10_010 } };
    await expect(client.addAppearance({ claimId: claim.id, articleId: article.id, selector: beyond })).rejects.toMatchObject({
      code: 'invalid-input',
    });
    await expect(client.addAppearance({ claimId: 'clm_gone', articleId: article.id, selector: select(article, 'Police') })).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringContaining('clm_gone'),
    });
    await expect(client.addAppearance({ claimId: claim.id, articleId: 'art_gone', selector: select(article, 'Police') })).rejects.toMatchObject({
      code: 'not-found',
    });
    expect((await client.getCase({})).appearances).toHaveLength(1);
    await service.close();
  });

  it('deletes an appearance, but never a claim’s last one', async () => {
    const { client, service } = await openFreshCase();
    const wire = await importPage(client, 'wire', 'Northern Wire', null);
    const herald = await importPage(client, 'herald', 'Harbour Herald', null);
    const { claim, appearance } = await client.createClaim({ articleId: wire.id, selector: select(wire, QUOTE) });
    const second = await client.addAppearance({ claimId: claim.id, articleId: herald.id, selector: select(herald, QUOTE) });

    await client.deleteAppearance({ id: appearance.id });
    expect((await client.getCase({})).appearances.map((kept) => kept.id)).toEqual([second.id]);
    expect(await service.store.readHistory()).toContainEqual(
      expect.objectContaining({ action: 'delete', entity: 'appearance', entityId: appearance.id }),
    );

    await expect(client.deleteAppearance({ id: second.id })).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringMatching(/only place the claim is marked.*delete the claim/),
    });
    expect((await client.getCase({})).appearances.map((kept) => kept.id)).toEqual([second.id]);
    await expect(client.deleteAppearance({ id: 'app_gone' })).rejects.toMatchObject({ code: 'not-found' });
    await service.close();
  });
});
