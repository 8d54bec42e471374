import { describe, expect, it } from 'vitest';
import { ClaimdeskError } from '../../shared/rpc';
import { buildReport } from './report-model';
import { PASSAGE_QUOTE, sampleCase, sampleCaseWithPassage } from './sample-case';

const OPTIONS = { generatedAt: '2024-01-07T08:00:00Z', appVersion: '0.1.0' };

describe('buildReport', () => {
  const { data, articles } = sampleCase();
  const report = buildReport(data, articles, OPTIONS);

  it('carries the case, the analyst and the run', () => {
    expect(report).toMatchObject({
      title: 'Embassy attack claims',
      analyst: 'R. Analyst',
      generatedAt: OPTIONS.generatedAt,
      appVersion: OPTIONS.appVersion,
      methodology: data.workspace.methodology,
    });
  });

  it('orders claims by creation and numbers them', () => {
    expect(report.claims.map((claim) => [claim.number, claim.id])).toEqual([
      [1, 'claim-attack'],
      [2, 'claim-arrests'],
    ]);
  });

  it('spells out verdicts, types and confidence', () => {
    const [attack] = report.claims;
    expect(attack?.verdict).toEqual({
      value: 'misleading',
      label: 'Misleading',
      definition: expect.stringContaining('false impression'),
    });
    expect(attack?.type.label).toBe('Attribution');
    expect(attack?.confidence?.label).toBe('Moderate');
    expect(report.claims[1]?.confidence).toBeNull();
  });

  it('counts claims by verdict in scale order', () => {
    expect(report.summary.byVerdict.map((v) => [v.label, v.count])).toEqual([
      ['Misleading', 1],
      ['Unproven', 1],
    ]);
    expect(report.summary).toMatchObject({ claims: 2, appearances: 3, orphanedAppearances: 1, sources: 2, articles: 2 });
  });

  it('quotes a placed appearance with its surroundings from the article', () => {
    const placed = report.claims[0]?.appearances[0];
    expect(placed).toMatchObject({
      article: { title: 'US officials warn of embassy attack', outlet: 'Example Wire', url: 'https://wire.example/embassy-warning' },
      exact: 'Iran is orchestrating an attack on the U.S. Embassy',
      before: 'Officials in Washington said on Tuesday that ',
      status: 'anchored',
      contextFrom: 'article',
    });
    expect(placed?.after).toMatch(/^ in Baghdad, citing intelligence/);
  });

  it('gives the page a quote starts on in an article with pages, and no page elsewhere', () => {
    const [wire, orphan] = report.claims[0]?.appearances ?? [];
    const arrests = report.claims[1]?.appearances[0];
    expect(arrests?.page).toBe(2);
    expect(wire?.page).toBeNull();
    // An orphan's position points at other words: no page is claimed for it.
    expect(orphan?.page).toBeNull();
  });

  it('keeps an orphaned appearance, flagged, with the context it was recorded with', () => {
    const orphan = report.claims[0]?.appearances[1];
    expect(orphan).toMatchObject({
      exact: 'Tehran ordered the attack',
      before: '…repeated the claim that ',
      after: ' according to two unnamed…',
      status: 'orphaned',
      contextFrom: 'selector',
    });
  });

  it('falls back to the recorded context when an article body is missing', () => {
    const withoutBodies = buildReport(data, new Map(), OPTIONS);
    const placed = withoutBodies.claims[0]?.appearances[0];
    expect(placed?.contextFrom).toBe('selector');
    expect(placed?.exact).toBe('Iran is orchestrating an attack on the U.S. Embassy');
    expect(placed?.after).toBe(' in Baghdad, citing…');
  });

  it('grades evidence on both Admiralty scales', () => {
    const [evidence] = report.claims[0]?.evidence ?? [];
    expect(evidence).toMatchObject({
      source: { title: 'Interior ministry statement', number: 1, kind: { label: 'Official statement' } },
      relation: { value: 'refutes', label: 'Refutes' },
      reliability: { value: 'B', label: 'Usually reliable' },
      credibility: { value: 2, label: 'Probably true' },
      excerpt: 'The protests were organised by local militia leaders.',
    });
  });

  it('numbers sources by first citation and lists the claims each supports', () => {
    expect(report.sources.map((source) => [source.number, source.title])).toEqual([
      [1, 'Interior ministry statement'],
      [2, 'Militia watch blog'],
    ]);
    expect(report.sources[1]?.citedBy).toEqual([
      { claimNumber: 2, statement: 'Security forces made 40 arrests overnight.', relation: { value: 'context', label: 'Context' } },
    ]);
  });

  it('lists articles with their provenance', () => {
    expect(report.articles.map((article) => [article.number, article.title, article.sha256])).toEqual([
      [1, 'US officials warn of embassy attack', 'a'.repeat(64)],
      [2, 'Ministry blames militias for embassy protests', 'b'.repeat(64)],
    ]);
    expect(report.articles[0]).toMatchObject({ byline: 'Jane Reporter', format: 'html', wordCount: 44, importedAt: '2024-01-05T09:00:00Z' });
  });

  it('marks the appearance in the article published first; an undated article comes after a dated one', () => {
    expect(report.claims[0]?.appearances.map((appearance) => [appearance.id, appearance.first])).toEqual([
      ['app-wire', true],
      ['app-orphan', false],
    ]);
    const dated = sampleCase().data;
    dated.articles.find((article) => article.id === 'art-daily')!.publishedAt = '2024-01-01T12:00:00Z';
    const first = buildReport(dated, articles, OPTIONS).claims[0]?.appearances.find((appearance) => appearance.first);
    expect(first?.id).toBe('app-orphan');
  });

  it('quotes a passage cited as evidence, in context, with the article it comes from', () => {
    const withPassage = sampleCaseWithPassage();
    const [, passageEvidence] = buildReport(withPassage.data, withPassage.articles, OPTIONS).claims[1]!.evidence;
    expect(passageEvidence?.passage).toMatchObject({
      article: { id: 'art-daily', number: 2, title: 'Ministry blames militias for embassy protests' },
      before: expect.stringMatching(/He added that $/),
      exact: PASSAGE_QUOTE,
      after: ' and that the situation was under control.',
      page: 2,
      contextFrom: 'article',
    });
    expect(report.claims[0]?.evidence[0]?.passage).toBeNull();
  });

  it('refuses a case whose evidence cites a source it lacks', () => {
    const broken = sampleCase().data;
    broken.sources = broken.sources.filter((source) => source.id !== 'src-ministry');
    expect(() => buildReport(broken, articles, OPTIONS)).toThrow(ClaimdeskError);
  });
});
