// Exports of a case full of payloads, as a received case or annotation file could carry
// them, rendered where publishers put them.

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ApiClient, ExportedFile } from '../../shared/api';
import { selectorFor } from '../../shared/selector';
import { activeContent, HOSTILE_MARKDOWN } from '../report/test-hostile-markdown';
import { asBase64, useFreshCases } from './test-service';

const openFreshCase = useFreshCases();

const BREAKOUT = '</script><script>window.ran = true</script>';
const PAGE = `<!doctype html><title>Embassy ${BREAKOUT}</title><body><p>The minister said Kestria attacked the embassy.</p></body>`;

async function hostileCase(client: ApiClient): Promise<void> {
  const { article } = await client.importFile({ name: 'page.html', dataBase64: asBase64(PAGE) });
  const start = article.doc.text.indexOf('Kestria');
  const { claim } = await client.createClaim({ articleId: article.id, selector: selectorFor(article.doc.text, start, start + 7) });
  await client.updateClaim({
    id: claim.id,
    patch: { statement: `Kestria ${BREAKOUT} <img src=x onerror="window.ran = true">`, claimant: BREAKOUT, tags: [BREAKOUT], verdict: 'false', rationale: HOSTILE_MARKDOWN },
  });
  const source = await client.createSource({ title: `Police ${BREAKOUT}`, url: 'javascript:window.ran=true', notes: HOSTILE_MARKDOWN });
  await client.linkEvidence({ claimId: claim.id, sourceId: source.id, relation: 'refutes', credibility: 2, excerpt: HOSTILE_MARKDOWN, note: HOSTILE_MARKDOWN });
  await client.updateWorkspace({ methodology: HOSTILE_MARKDOWN, analyst: BREAKOUT });
}

const text = (file: ExportedFile) => Buffer.from(file.content, file.encoding).toString('utf8');

/** The page a publisher makes: the JSON-LD in its script element, scripts running. */
function published(jsonLd: string) {
  const dom = new JSDOM(`<!doctype html><head><script type="application/ld+json">${jsonLd}</script></head>`, { runScripts: 'dangerously' });
  const script = dom.window.document.querySelector('script[type="application/ld+json"]');
  return { ran: (dom.window as unknown as { ran?: boolean }).ran === true, parsed: JSON.parse(script?.textContent ?? 'null') as unknown };
}

describe('exports of a case full of payloads', () => {
  it('writes ClaimReview and annotation JSON-LD that runs nothing on the publishing page and reads back the same', async () => {
    const { client, service } = await openFreshCase();
    await hostileCase(client);
    for (const format of ['claimreview', 'annotations', 'json'] as const) {
      const jsonLd = text(await client.exportReport({ format }));
      expect(jsonLd).toContain('\\u003c/script\\u003e');
      const page = published(jsonLd);
      expect(page.ran).toBe(false);
      expect(page.parsed).toEqual(JSON.parse(jsonLd));
    }
    const [review] = JSON.parse(text(await client.exportReport({ format: 'claimreview' })));
    expect(review.claimReviewed).toBe(`Kestria ${BREAKOUT} <img src=x onerror="window.ran = true">`);
    await service.close();
  });

  it('writes a Markdown report in which marked finds nothing that runs or links out unsafely', async () => {
    const { client, service } = await openFreshCase();
    await hostileCase(client);
    const markdown = text(await client.exportReport({ format: 'markdown' }));
    expect(activeContent(markdown)).toEqual([]);
    expect(markdown).toContain('https://example.org/a?b=1');
    await service.close();
  });
});
