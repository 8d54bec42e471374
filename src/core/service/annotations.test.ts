import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/api';
import { selectorFor } from '../../shared/selector';
import { asBase64, useFreshCases } from './test-service';

const openFreshCase = useFreshCases();

const PAGE = `<!doctype html><html><head><title>Minister accuses Kestria</title>
<link rel="canonical" href="https://wire.example/kestria"></head><body><article>
<h1>Minister accuses Kestria</h1>
<p>The minister said the government of Kestria is orchestrating an attack on our embassy.</p>
<p>Police said about 1,200 people gathered outside the embassy on Monday evening.</p>
</article></body></html>`;

const NOTES = 'Field notes\n\nThe protest was paid for, one organiser said. Nobody else confirmed it.';

async function importPage(client: ApiClient) {
  return (await client.importFile({ name: 'kestria.html', dataBase64: asBase64(PAGE) })).article;
}

describe('importing annotations', () => {
  it('recreates the claims of an exported annotation collection on the same page in another case', async () => {
    const from = await openFreshCase();
    const article = await importPage(from.client);
    const mark = async (quote: string) => {
      const start = article.doc.text.indexOf(quote);
      return (await from.client.createClaim({ articleId: article.id, selector: selectorFor(article.doc.text, start, start + quote.length) })).claim;
    };
    const attack = await mark('Kestria is orchestrating an attack on our embassy');
    await from.client.updateClaim({
      id: attack.id,
      patch: { statement: 'Kestria plans an embassy attack.', verdict: 'mostly-false', tags: ['kestria', 'embassy'], rationale: 'Only the minister says so.' },
    });
    const json = (await from.client.exportReport({ format: 'annotations' })).content;
    await from.service.close();

    const to = await openFreshCase();
    const copy = await importPage(to.client);
    const result = await to.client.importAnnotations({ json });
    expect(result).toMatchObject({ claims: 1, counts: { created: 1, duplicate: 0, 'unmatched-target': 0 } });
    const data = await to.client.getCase({});
    expect(data.claims).toEqual([
      expect.objectContaining({
        statement: 'Kestria plans an embassy attack.',
        verdict: 'mostly-false',
        tags: ['kestria', 'embassy'],
        rationale: 'Only the minister says so.',
      }),
    ]);
    expect(data.appearances).toEqual([
      expect.objectContaining({ articleId: copy.id, status: 'anchored', selector: expect.objectContaining({ quote: expect.objectContaining({ exact: 'Kestria is orchestrating an attack on our embassy' }) }) }),
    ]);
    expect(data.tags.map((tag) => tag.name)).toEqual(['kestria', 'embassy']);

    const twice = await to.client.importAnnotations({ json });
    expect(twice).toMatchObject({ claims: 0, counts: { created: 0, duplicate: 1 } });
    await to.service.close();
  });

  it('reads a Hypothesis export: target selectors, text and tags; positions are only hints', async () => {
    const { client, service } = await openFreshCase();
    const article = await importPage(client);
    const hypothesis = {
      export_date: '2024-05-01T10:00:00Z',
      annotations: [
        {
          uri: 'https://wire.example/kestria#comments',
          text: 'No evidence was offered.',
          tags: ['kestria'],
          target: [
            {
              source: 'https://wire.example/kestria/',
              selector: [
                { type: 'RangeSelector', startContainer: '/p[1]', endContainer: '/p[1]', startOffset: 0, endOffset: 10 },
                { type: 'TextPositionSelector', start: 900, end: 930 },
                { type: 'TextQuoteSelector', exact: 'about 1,200\n   people gathered', prefix: 'Police said ', suffix: ' outside' },
              ],
            },
          ],
        },
        { uri: 'https://other.example/page', text: 'Elsewhere', tags: [], target: [{ source: 'https://other.example/page', selector: [{ type: 'TextQuoteSelector', exact: 'x' }] }] },
        { uri: 'https://wire.example/kestria', text: 'Not here', tags: [], target: [{ source: 'https://wire.example/kestria', selector: [{ type: 'TextQuoteSelector', exact: 'words nobody wrote anywhere' }] }] },
        { uri: 'https://wire.example/kestria', text: 'A page note', tags: [], target: [{ source: 'https://wire.example/kestria' }] },
      ],
    };
    const result = await client.importAnnotations({ json: JSON.stringify(hypothesis) });
    expect(result.outcomes.map((outcome) => outcome.status)).toEqual(['created', 'unmatched-target', 'quote-not-found', 'no-quote']);
    expect(result.outcomes[0]).toMatchObject({ articleId: article.id, anchor: 'anchored' });
    const [claim] = (await client.getCase({})).claims;
    expect(claim).toMatchObject({ statement: 'about 1,200 people gathered', tags: ['kestria'], rationale: 'No evidence was offered.', verdict: 'unrated' });
    await service.close();
  });

  it('finds an article without a URL by the SHA-256 of its bytes, and keeps a foreign rating in the rationale', async () => {
    const { client, service } = await openFreshCase();
    const { article } = await client.importFile({ name: 'notes.txt', dataBase64: asBase64(NOTES) });
    const annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      body: [{ type: 'TextualBody', purpose: 'assessing', value: 'Pants on fire' }],
      target: { source: `urn:sha256:${article.sha256}`, selector: { type: 'TextQuoteSelector', exact: 'The protest was paid for' } },
    };
    const result = await client.importAnnotations({ json: JSON.stringify(annotation) });
    expect(result.counts.created).toBe(1);
    expect((await client.getCase({})).claims[0]).toMatchObject({
      verdict: 'unrated',
      rationale: 'Assessed as “Pants on fire” in the imported annotation.',
    });
    await expect(client.importAnnotations({ json: '{"hello": 1}' })).rejects.toMatchObject({ code: 'invalid-input' });
    await service.close();
  });
});
