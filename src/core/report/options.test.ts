import { describe, expect, it } from 'vitest';
import { ALL_SECTIONS, type ClaimSelection } from '../../shared/report-options';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { buildReport } from './report-model';
import { sampleCase } from './sample-case';

const STAMP = { generatedAt: '2024-01-07T08:00:00Z', appVersion: '0.1.0' };

function reportOf(claims: ClaimSelection, sections = ALL_SECTIONS) {
  const { data, articles } = sampleCase();
  return buildReport(data, articles, STAMP, { claims, sections });
}

describe('report options', () => {
  it('chooses claims by verdict, tag, article and rating; lists combine with "and"', () => {
    const statements = (selection: ClaimSelection) => reportOf(selection).claims.map((claim) => claim.statement);
    const attack = 'Iran is orchestrating an attack on the U.S. Embassy.';
    const arrests = 'Security forces made 40 arrests overnight.';
    expect(statements({})).toEqual([attack, arrests]);
    expect(statements({ verdicts: ['unproven', 'false'] })).toEqual([arrests]);
    expect(statements({ tags: ['iran', 'nothing'] })).toEqual([attack]);
    expect(statements({ articleIds: ['art-wire'] })).toEqual([attack]);
    expect(statements({ articleIds: ['art-daily'] })).toEqual([attack, arrests]);
    expect(statements({ articleIds: ['art-daily'], verdicts: ['misleading'] })).toEqual([attack]);
    expect(statements({ ratedOnly: true, verdicts: [], tags: [] })).toEqual([attack, arrests]);
  });

  it('lists only the sources and articles the chosen claims use, numbered afresh', () => {
    const report = reportOf({ tags: ['arrests'] });
    expect(report.sources.map((source) => [source.number, source.title])).toEqual([[1, 'Militia watch blog']]);
    expect(report.articles.map((article) => [article.number, article.title])).toEqual([[1, 'Ministry blames militias for embassy protests']]);
    expect(report.summary).toMatchObject({ claims: 1, sources: 1, articles: 1 });
    expect(report.selection).toEqual({ total: 2, criteria: ['tagged arrests'] });
  });

  it('says in the report which claims it covers when not all', () => {
    const markdown = renderMarkdown(reportOf({ verdicts: ['unproven'], ratedOnly: true }));
    expect(markdown).toContain('*This report covers 1 of the case’s 2 claims: rated claims only; verdict Unproven.*');
    expect(renderMarkdown(reportOf({}))).not.toContain('This report covers');
  });

  it('prints only the sections chosen', () => {
    const sections = { ...ALL_SECTIONS, claims: false, articles: false, ratingScale: false };
    const markdown = renderMarkdown(reportOf({}, sections));
    expect(markdown).not.toContain('## Claims\n');
    expect(markdown).not.toContain('## Articles');
    expect(markdown).not.toContain('## Rating scale');
    expect(markdown).toContain('## Claims at a glance');
    const html = renderHtml(reportOf({}, sections));
    expect(html).not.toContain('<section id="claims">');
    expect(html).toContain('<section id="claims-table">');
  });

  it('tables the claims and publishes the rating scale with every verdict’s definition', () => {
    const markdown = renderMarkdown(reportOf({}));
    expect(markdown).toContain('| 1 | Iran is orchestrating an attack on the U.S. Embassy. | US officials | Misleading | 1 | 2 |');
    expect(markdown).toContain('| Mostly false | Contains an element of truth but ignores facts that would change the impression. | 2 of 6 |');
    expect(markdown).toContain('| Not checkable | An opinion, prediction or statement that cannot be verified by evidence. | none (label only) |');
    expect(markdown).toContain('| **F** | Cannot be judged |');
    const html = renderHtml(reportOf({}));
    expect(html).toContain('<a href="#claim-1">Iran is orchestrating an attack on the U.S. Embassy.</a>');
    expect(html).toContain('<section id="rating-scale">');
  });

  it('says what is missing, first, when exported with gaps', () => {
    const markdown = renderMarkdown(reportOf({}));
    expect(markdown.indexOf('## What is missing')).toBeLessThan(markdown.indexOf('## Summary'));
    expect(markdown).toContain('- Claim “Iran is orchestrating an attack on the U.S. Embassy.”: its words are no longer found in “Ministry blames militias for embassy protests”.');
    const complete = renderMarkdown(reportOf({ tags: ['arrests'] }));
    expect(complete).toContain('The completeness check found nothing a reader could not audit.');
    expect(renderHtml(reportOf({}))).toMatch(/<section id="missing">[\s\S]*its words are no longer found/);
  });

  it('quotes each appearance with about a hundred characters of context', () => {
    const [appearance] = reportOf({}).claims[0]!.appearances;
    expect(appearance!.before.length + appearance!.after.length).toBeGreaterThan(80);
    expect(appearance!.after.length).toBeLessThanOrEqual(101);
  });

  it('has a print stylesheet for the PDF', () => {
    const html = renderHtml(reportOf({}));
    expect(html).toContain('@media print');
    expect(html).toContain('@page');
  });
});
