import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/api';
import type { Article } from '../../shared/model';
import { selectorFor } from '../../shared/selector';
import { asBase64, useFreshCases } from './test-service';

const openFreshCase = useFreshCases();

const CLAIM = 'more than 3,000 protesters gathered';
const PASSAGE = 'officers estimated that approximately 1,200 people were present';

const WIRE = `<!doctype html><html><head><title>Minister on the protest</title>
<meta property="og:site_name" content="Northern Wire"></head>
<body><article><p>The minister said ${CLAIM} outside the embassy.</p></article></body></html>`;

const POLICE = `<!doctype html><html><head><title>Police statement on the demonstration</title>
<meta property="og:site_name" content="Port Ardent Police"><meta name="author" content="Press office">
<meta property="article:published_time" content="2026-03-03T18:00:00Z">
<link rel="canonical" href="https://police.example/statement"></head>
<body><article><p>At the peak of the demonstration, ${PASSAGE}. Twelve people were arrested.</p></article></body></html>`;

async function importPage(client: ApiClient, name: string, html: string): Promise<Article> {
  return (await client.importFile({ name, dataBase64: asBase64(html) })).article;
}

function select(article: Article, quote: string) {
  const start = article.doc.text.indexOf(quote);
  return selectorFor(article.doc.text, start, start + quote.length);
}

async function caseWithClaim() {
  const opened = await openFreshCase();
  const wire = await importPage(opened.client, 'wire.html', WIRE);
  const police = await importPage(opened.client, 'police.html', POLICE);
  const { claim } = await opened.client.createClaim({ articleId: wire.id, selector: select(wire, CLAIM) });
  return { ...opened, police, claim };
}

describe('evidence from a passage of a loaded article', () => {
  it('makes the article a source from its metadata, and quotes the passage as the excerpt', async () => {
    const { client, service, police, claim } = await caseWithClaim();
    const evidence = await client.linkEvidence({
      claimId: claim.id,
      passage: { articleId: police.id, selector: select(police, PASSAGE) },
      relation: 'refutes',
      credibility: 2,
    });

    const data = await client.getCase({});
    expect(data.sources).toEqual([
      {
        id: evidence.sourceId,
        title: 'Police statement on the demonstration',
        url: 'https://police.example/statement',
        publisher: 'Port Ardent Police',
        author: 'Press office',
        authors: [],
        containerTitle: null,
        cslType: null,
        publishedAt: police.publishedAt,
        accessedAt: police.importedAt.slice(0, 10),
        kind: 'article',
        reliability: 'F',
        notes: '',
        articleId: police.id,
      },
    ]);
    expect(evidence).toMatchObject({ relation: 'refutes', credibility: 2, excerpt: PASSAGE, passage: { articleId: police.id } });
    expect(evidence.passage?.selector.quote.exact).toBe(PASSAGE);
    expect(data.evidence).toEqual([evidence]);
    expect((await service.store.readHistory()).map((entry) => `${entry.action} ${entry.entity}`).slice(-2)).toEqual([
      'create source',
      'create evidence',
    ]);
    await service.close();
  });

  it('cites the same article source again for a second passage, and keeps an excerpt the analyst typed', async () => {
    const { client, service, police, claim } = await caseWithClaim();
    const first = await client.linkEvidence({ claimId: claim.id, passage: { articleId: police.id, selector: select(police, PASSAGE) } });
    const second = await client.linkEvidence({
      claimId: claim.id,
      passage: { articleId: police.id, selector: select(police, 'Twelve people were arrested') },
      excerpt: 'Twelve arrests',
    });
    expect(second.sourceId).toBe(first.sourceId);
    expect(second.excerpt).toBe('Twelve arrests');
    expect((await client.getCase({})).sources).toHaveLength(1);
    await service.close();
  });

  it('uses the library’s source with the article’s URL, and makes it the article’s', async () => {
    const { client, service, police, claim } = await caseWithClaim();
    const existing = await client.createSource({ title: 'Police statement', url: 'https://police.example/statement/', reliability: 'B' });

    const evidence = await client.linkEvidence({ claimId: claim.id, passage: { articleId: police.id, selector: select(police, PASSAGE) } });
    expect(evidence.sourceId).toBe(existing.id);
    const data = await client.getCase({});
    expect(data.sources).toEqual([{ ...existing, articleId: police.id }]);
    expect(await service.store.readHistory()).toContainEqual(
      expect.objectContaining({ action: 'update', entity: 'source', entityId: existing.id, after: expect.objectContaining({ articleId: police.id }) }),
    );
    await service.close();
  });

  it('refuses words not at the selected place, and both or neither of a source and a passage, saving nothing', async () => {
    const { client, service, police, claim } = await caseWithClaim();
    const wrong = select(police, PASSAGE);
    wrong.quote.exact = 'officers estimated that approximately 3,000 people were present';
    await expect(client.linkEvidence({ claimId: claim.id, passage: { articleId: police.id, selector: wrong } })).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('The selected words are not at that place in "Police statement on the demonstration"'),
    });

    const source = await client.createSource({ title: 'Police statement' });
    const passage = { articleId: police.id, selector: select(police, PASSAGE) };
    await expect(client.linkEvidence({ claimId: claim.id, sourceId: source.id, passage })).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('either a source or a passage'),
    });
    await expect(client.linkEvidence({ claimId: claim.id })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(client.linkEvidence({ claimId: 'clm_gone', passage })).rejects.toMatchObject({ code: 'not-found' });

    const data = await client.getCase({});
    expect(data.evidence).toEqual([]);
    expect(data.sources.map((kept) => kept.id)).toEqual([source.id]);
    await service.close();
  });

  it('links a library source as before, with no passage', async () => {
    const { client, service, claim } = await caseWithClaim();
    const source = await client.createSource({ title: 'Police statement' });
    const evidence = await client.linkEvidence({ claimId: claim.id, sourceId: source.id, excerpt: 'about 1,200' });
    expect(evidence).toMatchObject({ sourceId: source.id, excerpt: 'about 1,200', passage: null });
    await service.close();
  });
});
