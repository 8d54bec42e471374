import { describe, expect, it } from 'vitest';
import { renderAnnotations } from './annotations';
import { buildReport } from './report-model';
import { sampleCase } from './sample-case';
import { problemsOf, WEB_ANNOTATION_SCHEMA } from './standards/schemas';

const STAMP = { generatedAt: '2024-01-07T08:00:00Z', appVersion: '0.1.0' };

function collection(edit?: (data: ReturnType<typeof sampleCase>['data']) => void) {
  const { data, articles } = sampleCase();
  edit?.(data);
  return renderAnnotations(buildReport(data, articles, STAMP));
}

describe('renderAnnotations', () => {
  const annotations = collection();
  const items = annotations.first.items;

  it('validates against the Web Annotation schema the tests hold', () => {
    expect(problemsOf(WEB_ANNOTATION_SCHEMA, annotations)).toBeNull();
    expect(annotations.total).toBe(items.length);
  });

  it('makes one annotation per appearance, on its article, with quote and position selectors', () => {
    expect(items.map((item) => item.id)).toEqual([
      'urn:claimdesk:appearance:app-wire',
      'urn:claimdesk:appearance:app-orphan',
      'urn:claimdesk:appearance:app-arrests',
    ]);
    const [wire] = items;
    const quote = 'Iran is orchestrating an attack on the U.S. Embassy';
    const start = sampleCase().articles.get('art-wire')!.doc.text.indexOf(quote);
    expect(wire!.target.source).toBe('https://wire.example/embassy-warning');
    expect(wire!.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: quote, prefix: 'Washington said on Tuesday that ', suffix: ' in Baghdad, citing intelligence' },
      { type: 'TextPositionSelector', start, end: start + quote.length },
    ]);
  });

  it('carries the statement, the tags and the verdict as bodies with their purposes', () => {
    const bodies = items[0]!.body.map((body) => [body.purpose, body.value]);
    expect(bodies).toEqual([
      ['describing', 'Iran is orchestrating an attack on the U.S. Embassy.'],
      ['tagging', 'iran'],
      ['tagging', 'embassy'],
      ['assessing', 'Misleading'],
      ['commenting', expect.stringContaining('no evidence')],
    ]);
    expect(items[0]!.body[0]!.id).toBe(items[1]!.body[0]!.id);
  });

  it('keeps an orphan to its quote, and names an article without a URL by its hash', () => {
    expect(items[1]!.target.selector.map((selector) => selector.type)).toEqual(['TextQuoteSelector']);
    const hashed = collection((data) => {
      data.articles[0]!.url = null;
    });
    expect(hashed.first.items[0]!.target.source).toBe(`urn:sha256:${'a'.repeat(64)}`);
    expect(problemsOf(WEB_ANNOTATION_SCHEMA, hashed)).toBeNull();
  });

  it('has no assessing body for an unrated claim', () => {
    const unrated = collection((data) => {
      for (const claim of data.claims) claim.verdict = 'unrated';
    });
    expect(unrated.first.items.flatMap((item) => item.body.map((body) => body.purpose))).not.toContain('assessing');
  });
});
