import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINGERPRINTS_FILE } from '../provenance/fingerprint-file';
import type { ApiClient } from '../../shared/api';
import type { Article } from '../../shared/model';
import { selectorFor } from '../../shared/selector';
import { useFreshCases } from './test-service';

const openFreshCase = useFreshCases();

const QUOTE = 'protesters gathered about 200 meters from the embassy gates before dawn on Tuesday';
const ALTERED = 'protesters gathered about 100 meters from the embassy gates before dawn on Tuesday';
const FILLER = 'The ministry would not comment further, and the city council met later in the afternoon.';

async function article(client: ApiClient, title: string, body: string, publishedAt: string | null): Promise<Article> {
  const imported = await client.importText({ text: `${FILLER} ${body} ${FILLER.replace('council', 'board')}`, title });
  return client.updateArticle({ id: imported.id, patch: { publishedAt } });
}

function select(of: Article, quote: string) {
  const start = of.doc.text.indexOf(quote);
  return selectorFor(of.doc.text, start, start + quote.length);
}

describe('carriers of a quote', () => {
  it('lists every article carrying a claim’s words, earliest published first, with how each differs', async () => {
    const { client } = await openFreshCase();
    const wire = await article(client, 'Wire copy', `Witnesses said ${ALTERED}.`, '2026-03-04T08:00:00Z');
    const herald = await article(client, 'Herald', `Police said “${QUOTE}.”`, '2026-03-03T09:00:00Z');
    const blog = await article(client, 'Blog', `Someone wrote that ${QUOTE.toUpperCase()}!`, null);
    await article(client, 'Unrelated', 'Markets were calm and the central bank left rates where they were all year.', null);
    const { claim } = await client.createClaim({ articleId: herald.id, selector: select(herald, QUOTE) });

    const found = await client.findCarriers({ claimId: claim.id });

    expect(found.quote).toBe(QUOTE);
    expect(found.firstArticleId).toBe(herald.id);
    expect(found.carriers.map((carrier) => [carrier.articleId, carrier.match])).toEqual([
      [herald.id, 'exact'],
      [wire.id, 'altered'],
      [blog.id, 'trivial'],
    ]);
    expect(found.carriers[0]!.appearanceId).not.toBeNull();
    expect(found.carriers[1]).toMatchObject({ text: ALTERED, differences: [{ kind: 'number', from: '200', to: '100' }], appearanceId: null });
  });

  it('finds carriers of a passage and of typed text, the passage’s article among them', async () => {
    const { client } = await openFreshCase();
    const herald = await article(client, 'Herald', `Police said ${QUOTE}.`, '2026-03-03T09:00:00Z');
    const wire = await article(client, 'Wire copy', `Witnesses said ${QUOTE}.`, null);

    const fromPassage = await client.findCarriers({ passage: { articleId: wire.id, selector: select(wire, QUOTE) } });
    expect(fromPassage.carriers.map((carrier) => carrier.articleId)).toEqual([herald.id, wire.id]);

    const typed = await client.findCarriers({ text: 'Protesters gathered about 200 meters from the embassy gates' });
    expect(typed.carriers.map((carrier) => carrier.match)).toEqual(['trivial', 'trivial']);
  });

  it('keeps the fingerprints in the case folder, and finds the same carriers when the case is opened again', async () => {
    const { client, service, dir, options } = await openFreshCase();
    const herald = await article(client, 'Herald', `Police said ${QUOTE}.`, null);
    expect((await client.findCarriers({ text: QUOTE })).carriers).toHaveLength(1);
    await service.close();
    await expect(stat(join(dir, FINGERPRINTS_FILE))).resolves.toBeTruthy();

    const { openCaseService } = await import('./index');
    const reopened = await openCaseService(dir, options);
    try {
      const found = await reopened.handlers.findCarriers({ text: QUOTE });
      expect(found.carriers.map((carrier) => carrier.articleId)).toEqual([herald.id]);
    } finally {
      await reopened.close();
    }
  });

  it('reports each claim’s carriers with the diff of every altered copy, and ClaimReview lists them as appearances', async () => {
    const { client } = await openFreshCase();
    const herald = await article(client, 'Herald', `Police said ${QUOTE}.`, '2026-03-03T09:00:00Z');
    await article(client, 'Wire copy', `Witnesses said ${ALTERED}.`, '2026-03-04T08:00:00Z');
    await client.createClaim({ articleId: herald.id, selector: select(herald, QUOTE), verdict: 'false' });

    const markdown = (await client.exportReport({ format: 'markdown', options: { claims: {}, sections: {} } })).content;
    expect(markdown).toContain('#### Carried by');
    expect(markdown).toContain('**Published first**, Exact copy, *Herald*');
    expect(markdown).toContain('Altered copy, *Wire copy*');
    expect(markdown).toContain('~~200~~ **100**');
    expect(markdown).toContain('  - Number: 200 → 100');

    const html = (await client.exportReport({ format: 'html', options: { claims: {}, sections: {} } })).content;
    expect(html).toContain('<del>200</del> <ins>100</ins>');

    const reviews = JSON.parse((await client.exportReport({ format: 'claimreview', options: { claims: {}, sections: {} } })).content) as Array<{
      itemReviewed: { appearance: Array<{ headline: string }>; firstAppearance: { headline: string } };
    }>;
    expect(reviews[0]!.itemReviewed.appearance.map((work) => work.headline)).toEqual(['Herald', 'Wire copy']);
    expect(reviews[0]!.itemReviewed.firstAppearance.headline).toBe('Herald');
  });

  it('finds every carrier of a claim or typed text too short for the fingerprints, and refuses words too common to look for', async () => {
    const { client } = await openFreshCase();
    const SHORT = 'is orchestrating an attack';
    const herald = await article(client, 'Herald', `The minister said the group ${SHORT} on the capital.`, '2026-03-03T09:00:00Z');
    const wire = await article(client, 'Wire copy', `“The group IS ORCHESTRATING AN ATTACK!” the minister said.`, '2026-03-04T08:00:00Z');
    await article(client, 'Reordered', 'An attack is what the group is orchestrating, the minister said.', null);
    const { claim } = await client.createClaim({ articleId: herald.id, selector: select(herald, SHORT) });

    const byClaim = await client.findCarriers({ claimId: claim.id });
    expect(byClaim.carriers.map((carrier) => [carrier.articleId, carrier.match, carrier.text])).toEqual([
      [herald.id, 'exact', SHORT],
      [wire.id, 'trivial', 'IS ORCHESTRATING AN ATTACK'],
    ]);
    const typed = await client.findCarriers({ text: 'Is orchestrating an attack!' });
    expect(typed.carriers.map((carrier) => carrier.match)).toEqual(['trivial', 'trivial']);

    const common = client.findCarriers({ passage: { articleId: herald.id, selector: select(herald, 'on the') } });
    await expect(common).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringContaining('no word of four letters or more') });
  });

  it('says so when a claim has no words, and refuses a call naming two quotes', async () => {
    const { client } = await openFreshCase();
    await expect(client.findCarriers({ claimId: 'clm_missing' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(client.findCarriers({ claimId: 'clm_x', text: QUOTE })).rejects.toMatchObject({ code: 'invalid-input' });
    expect(await client.findCarriers({ text: QUOTE })).toEqual({ quote: QUOTE, firstArticleId: null, carriers: [] });
  });
});
