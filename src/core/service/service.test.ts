import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/api';
import { selectorFor } from '../../shared/selector';
import { ClaimdeskError } from '../../shared/rpc';
import { openCaseService } from './index';
import { asBase64, useFreshCases } from './test-service';

const openFreshCase = useFreshCases();

const STORY = [
  'Embassy protest draws crowds',
  '',
  'The minister said Kestria is orchestrating an attack on our embassy. Police counted 1,200 people.',
].join('\n');

async function importStory(client: ApiClient) {
  return (await client.importFile({ name: 'story.txt', dataBase64: asBase64(STORY) })).article;
}

async function tagQuote(client: ApiClient, articleId: string, text: string, quote: string) {
  const start = text.indexOf(quote);
  return client.createClaim({ articleId, selector: selectorFor(text, start, start + quote.length) });
}

describe('the case service', () => {
  it('imports a file, keeps its original bytes, and refuses the same bytes twice', async () => {
    const { client, service, dir } = await openFreshCase();
    const article = await importStory(client);
    expect(article.title).toContain('Embassy protest');
    expect(await readFile(join(dir, 'originals', article.sha256), 'utf8')).toBe(STORY);

    await expect(importStory(client)).rejects.toMatchObject({
      code: 'duplicate',
      message: expect.stringMatching(/already in this case/),
      subject: { id: article.id, title: article.title },
    });
    expect((await client.getCase({})).articles).toHaveLength(1);
    await service.close();
  });

  it('imports pasted HTML as a paste, keeping the HTML as the original', async () => {
    const { client, service, dir } = await openFreshCase();
    const html = '<h1>Protest</h1><p onclick="alert(1)">Police counted <b>1,200</b> people.</p><script>alert(2)</script>';
    const article = await client.importHtml({ html, title: null });
    expect(article).toMatchObject({ title: 'Protest', format: 'paste', fileName: null });
    expect(article.doc.text).toBe('Protest\n\nPolice counted 1,200 people.');
    expect(await readFile(join(dir, 'originals', article.sha256), 'utf8')).toBe(html);
    await expect(client.importHtml({ html, title: 'Again' })).rejects.toMatchObject({ code: 'duplicate' });
    await service.close();
  });

  it('takes the outlet, URL and date the analyst gives with pasted text; blanks leave them unknown', async () => {
    const { client, service } = await openFreshCase();
    const details = { outlet: ' Harbour Times ', url: 'https://harbour.example/protest', publishedAt: '2026-03-04' };
    const pasted = await client.importHtml({ html: '<p>Police counted <b>1,200</b> people.</p>', title: 'Protest', details });
    expect(pasted).toMatchObject({ outlet: 'Harbour Times', url: 'https://harbour.example/protest', publishedAt: '2026-03-04' });
    const typed = await client.importText({ text: 'The ministry said 2,500.', title: null, details: { outlet: '', url: null } });
    expect(typed).toMatchObject({ outlet: null, url: null, publishedAt: null });
    expect((await client.getCase({})).articles.find((a) => a.id === pasted.id)?.outlet).toBe('Harbour Times');
    await service.close();
  });

  it('tags a claim whose statement defaults to the quote, and keeps it on disk', async () => {
    const { client, service, dir, options } = await openFreshCase();
    const article = await importStory(client);
    const quote = 'Kestria is orchestrating an attack on our embassy';
    const { claim, appearance } = await tagQuote(client, article.id, article.doc.text, quote);

    expect(claim.statement).toBe(quote);
    expect(claim.verdict).toBe('unrated');
    expect(appearance.selector.quote.exact).toBe(quote);
    await service.close();

    const reopened = await openCaseService(dir, options);
    expect(reopened.store.data.claims.map((saved) => saved.statement)).toEqual([quote]);
    await reopened.close();
  });

  it('refuses a selector that does not match the article text and saves nothing', async () => {
    const { client, service } = await openFreshCase();
    const article = await importStory(client);
    const selector = selectorFor(article.doc.text, 0, 10);
    selector.quote.exact = 'something else';

    await expect(client.createClaim({ articleId: article.id, selector })).rejects.toThrow(/not at that place/);
    expect((await client.getCase({})).claims).toHaveLength(0);
    await service.close();
  });

  it('rejects invalid input before any service code runs', async () => {
    const { client, service } = await openFreshCase();
    const article = await importStory(client);
    const { claim } = await tagQuote(client, article.id, article.doc.text, 'Police counted 1,200 people');

    const attempt = client.updateClaim({ id: claim.id, patch: { verdict: 'pants-on-fire' as never } });
    await expect(attempt).rejects.toMatchObject({ code: 'invalid-input' });
    expect((await client.getCase({})).claims[0]?.verdict).toBe('unrated');
    await service.close();
  });

  it('rates a claim, links a source as evidence, and records each change for the analyst', async () => {
    const { client, service } = await openFreshCase();
    const article = await importStory(client);
    const { claim } = await tagQuote(client, article.id, article.doc.text, 'Police counted 1,200 people');
    await client.updateClaim({ id: claim.id, patch: { verdict: 'true', claimant: 'Police', tags: ['crowd', 'crowd'] } });
    const source = await client.createSource({ title: 'Police statement', url: 'https://police.example/statement', reliability: 'B' });
    const evidence = await client.linkEvidence({ claimId: claim.id, sourceId: source.id, relation: 'supports', credibility: 2 });

    const data = await client.getCase({});
    expect(data.claims[0]).toMatchObject({ verdict: 'true', claimant: 'Police', tags: ['crowd'] });
    expect(data.tags.map((tag) => tag.name)).toEqual(['crowd']);
    expect(data.evidence).toEqual([evidence]);

    const history = await service.store.readHistory();
    expect(history.every((entry) => entry.actor === 'Dana')).toBe(true);
    expect(history.map((entry) => `${entry.action} ${entry.entity}`)).toEqual(
      expect.arrayContaining(['create article', 'create claim', 'update claim', 'create source', 'create evidence']),
    );
    await service.close();
  });

  it('refuses a second source with the same URL', async () => {
    const { client, service } = await openFreshCase();
    await client.createSource({ title: 'Police statement', url: 'https://police.example/statement' });
    await expect(client.createSource({ title: 'Again', url: 'HTTPS://police.example/statement/#top' })).rejects.toThrow(
      /already has the URL/,
    );
    expect((await client.getCase({})).sources).toHaveLength(1);
    await service.close();
  });

  it('deletes a claim with its appearances and evidence, and a source with the links that cite it', async () => {
    const { client, service } = await openFreshCase();
    const article = await importStory(client);
    const first = await tagQuote(client, article.id, article.doc.text, 'Police counted 1,200 people');
    const second = await tagQuote(client, article.id, article.doc.text, 'The minister said');
    const source = await client.createSource({ title: 'Police statement' });
    await client.linkEvidence({ claimId: first.claim.id, sourceId: source.id });
    await client.linkEvidence({ claimId: second.claim.id, sourceId: source.id });

    await client.deleteClaim({ id: first.claim.id });
    let data = await client.getCase({});
    expect(data.claims.map((claim) => claim.id)).toEqual([second.claim.id]);
    expect(data.appearances.map((appearance) => appearance.claimId)).toEqual([second.claim.id]);
    expect(data.evidence.map((evidence) => evidence.claimId)).toEqual([second.claim.id]);

    await client.deleteSource({ id: source.id });
    data = await client.getCase({});
    expect(data.sources).toHaveLength(0);
    expect(data.evidence).toHaveLength(0);
    await service.close();
  });

  it('says which thing is missing when an id is unknown', async () => {
    const { client, service } = await openFreshCase();
    const error = await client.linkEvidence({ claimId: 'clm_missing', sourceId: 'src_missing' }).catch((caught) => caught);
    expect(error).toBeInstanceOf(ClaimdeskError);
    expect(error).toMatchObject({ code: 'not-found', message: expect.stringContaining('clm_missing') });
    await service.close();
  });

  it('exports a Markdown report naming the claim, its verdict and the article hash', async () => {
    const { client, service } = await openFreshCase();
    const article = await importStory(client);
    const { claim } = await tagQuote(client, article.id, article.doc.text, 'Police counted 1,200 people');
    await client.updateClaim({ id: claim.id, patch: { verdict: 'mostly-true' } });

    const file = await client.exportReport({ format: 'markdown' });
    expect(file.fileName).toMatch(/^embassy-claims-report-\d{4}-\d{2}-\d{2}\.md$/);
    expect(file.content).toContain('Police counted 1,200 people');
    expect(file.content).toContain('Mostly true');
    expect(file.content).toContain(article.sha256);
    await service.close();
  });

  it('corrects an article\'s metadata in the case, leaving its file as imported', async () => {
    const { client, service, dir } = await openFreshCase();
    const article = await importStory(client);
    const fileBefore = await readFile(join(dir, 'articles', `${article.id}.json`), 'utf8');

    const patch = { title: 'Embassy protest', outlet: 'Harbour Times', byline: ' ', publishedAt: '2026-03-03' };
    const updated = await client.updateArticle({ id: article.id, patch });

    expect(updated).toEqual({ ...article, ...patch, byline: null });
    expect(await client.getArticle({ id: article.id })).toEqual(updated);
    expect((await client.getCase({})).articles[0]).toMatchObject({ title: 'Embassy protest', outlet: 'Harbour Times' });
    expect(await readFile(join(dir, 'articles', `${article.id}.json`), 'utf8')).toBe(fileBefore);
    expect((await service.store.readHistory()).at(-1)).toMatchObject({ action: 'update', entity: 'article', entityId: article.id });
    await expect(client.updateArticle({ id: article.id, patch: { title: ' ' } })).rejects.toMatchObject({ code: 'invalid-input' });
    await service.close();
  });

  it('saves the pane layout with the case but not in the history', async () => {
    const { client, service, dir, options } = await openFreshCase();
    const article = await importStory(client);
    const historyBefore = await service.store.readHistory();
    const layout = {
      panes: [{ tabs: [article.id], active: article.id, scroll: { [article.id]: 420 }, size: 1 }],
      desk: { sidebarFolded: false, inspectorFolded: true, focus: null, changes: 'side-by-side' as const },
    };

    await client.saveLayout({ layout });

    expect(await service.store.readHistory()).toEqual(historyBefore);
    await service.close();
    const reopened = await openCaseService(dir, options);
    expect(reopened.store.data.layout).toEqual(layout);
    await reopened.close();
  });

  it('refuses a layout of no panes or more than four, or a Changes view shown no known way', async () => {
    const { client, service } = await openFreshCase();
    const pane = { tabs: [], active: null, scroll: {}, size: 0.2 };
    for (const panes of [[], Array.from({ length: 5 }, () => pane)]) {
      await expect(client.saveLayout({ layout: { panes } })).rejects.toMatchObject({ code: 'invalid-input' });
    }
    const sideways = { panes: [pane], desk: { sidebarFolded: false, inspectorFolded: false, focus: null, changes: 'sideways' } };
    await expect(client.saveLayout({ layout: sideways as never })).rejects.toMatchObject({ code: 'invalid-input' });
    await service.close();
  });

  it('searches what the case holds, and follows its changes', async () => {
    const { client, service } = await openFreshCase();
    const article = await importStory(client);
    const {
      hits: [hit],
      unreadable,
    } = await client.search({ query: 'police counted' });
    expect(unreadable).toEqual([]);
    expect(hit).toMatchObject({ kind: 'article', id: article.id, articleId: article.id });
    expect(article.doc.text.slice(hit!.position!.start, hit!.position!.end)).toBe('Police counted');

    const source = await client.createSource({ title: 'Police statement', notes: 'Crowd estimate from the harbour precinct' });
    expect((await client.search({ query: 'harbour precinct' })).hits).toEqual([
      expect.objectContaining({ kind: 'source', id: source.id, snippet: expect.stringContaining('harbour precinct') }),
    ]);
    await client.deleteSource({ id: source.id });
    expect((await client.search({ query: 'harbour precinct' })).hits).toEqual([]);
    await service.close();
  });
});
