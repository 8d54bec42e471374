import { describe, expect, it } from 'vitest';
import type { VersionChanges } from '../../shared/version-changes';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { buildReport } from './report-model';
import { NO_PROVENANCE } from './report-provenance';
import { sampleCase } from './sample-case';

const STAMP = { generatedAt: '2024-01-07T08:00:00Z', appVersion: '0.1.0' };

/** The daily's article as a later version of the wire story that lowered a figure without a notice. */
const SILENT: VersionChanges = {
  articleId: 'art-daily',
  previousVersionId: 'art-wire',
  notice: null,
  silent: true,
  changes: [
    {
      kind: 'changed',
      before: 'about 200 people',
      after: 'about 100 people',
      substantive: true,
      differences: [{ kind: 'number', from: '200', to: '100' }],
      diff: [],
      beforeAt: { start: 0, end: 16 },
      afterAt: { start: 0, end: 16 },
      atBlock: 0,
    },
    { kind: 'removed', before: 'A paragraph.', after: null, substantive: true, differences: [], diff: [], beforeAt: { start: 18, end: 30 }, afterAt: null, atBlock: 1 },
  ],
};

function report() {
  const { data, articles } = sampleCase();
  const provenance = { ...NO_PROVENANCE, changes: new Map([['art-daily', SILENT]]), clusters: [{ articleIds: ['art-wire', 'art-daily'], shared: 0.87 }] };
  return buildReport(data, articles, STAMP, undefined, provenance);
}

describe('the articles section on provenance', () => {
  it('says which article changed after publication, how, and that no notice says so', () => {
    const daily = report().articles.find((article) => article.id === 'art-daily')!;
    expect(daily.silentEdit).toBe(true);
    expect(daily.changes).toMatch(/^Changed from A\d: 1 paragraph removed, 1 paragraph changed \(number “200” → “100”\); a silent edit/);
    expect(report().articles.find((article) => article.id === 'art-wire')!.changes).toBeNull();
  });

  it('lists the copies of one text by article number, in Markdown and HTML', () => {
    const built = report();
    expect(built.copies).toEqual([{ articles: [expect.any(Number), expect.any(Number)], shared: 0.87 }]);
    const markdown = renderMarkdown(built);
    expect(markdown).toContain('**Changed after publication**');
    expect(markdown).toMatch(/- \*\*A\d\*\* \(silent edit\): Changed from A\d/);
    expect(markdown).toMatch(/- A\d, A\d: copies of one text \(87% shared\), one source rather than 2\./);
    const html = renderHtml(built);
    expect(html).toContain('<strong class="silent-edit">Silent edit.</strong>');
    expect(html).toMatch(/<h3>Copies of one text<\/h3>\n<ul class="copies">\n<li><a href="#article-\d">A\d<\/a>, <a href="#article-\d">A\d<\/a>: copies of one text \(87% shared\)/);
  });

  it('says nothing of provenance when nothing changed and nothing is copied', () => {
    const { data, articles } = sampleCase();
    const built = buildReport(data, articles, STAMP);
    expect(built.copies).toEqual([]);
    expect(renderMarkdown(built)).not.toContain('Changed after publication');
    expect(renderHtml(built)).not.toContain('Copies of one text');
  });
});
