import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderHtml } from './html';
import { buildReport } from './report-model';
import { PASSAGE_QUOTE, sampleCase, sampleCaseWithPassage } from './sample-case';

const OPTIONS = { generatedAt: '2024-01-07T08:00:00Z', appVersion: '0.1.0' };

function sampleHtml(edit?: (data: ReturnType<typeof sampleCase>['data']) => void): string {
  const { data, articles } = sampleCase();
  edit?.(data);
  return renderHtml(buildReport(data, articles, OPTIONS));
}

function documentOf(html: string): Document {
  return new JSDOM(html).window.document;
}

/** The text a reader sees, whitespace collapsed. */
function visibleText(html: string): string {
  return (documentOf(html).body.textContent ?? '').replace(/\s+/g, ' ');
}

describe('renderHtml', () => {
  const html = sampleHtml();
  const text = visibleText(html);

  it('shows every claim with its verdict, claimant, rationale and quotes in context', () => {
    for (const expected of [
      'Iran is orchestrating an attack on the U.S. Embassy.',
      'Misleading',
      'US officials',
      'Security forces made 40 arrests overnight.',
      'Unproven',
      'Iraqi interior ministry',
      'Officials in Washington said on Tuesday that Iran is orchestrating an attack on the U.S. Embassy in Baghdad',
      'US officials warn of embassy attack',
      'The officials offered no evidence',
      'No independent count of the arrests was available.',
    ]) {
      expect(text).toContain(expected);
    }
    expect(html).toContain('<mark>Iran is orchestrating an attack on the U.S. Embassy</mark>');
  });

  it('cites the page of a quote in a PDF, and none elsewhere', () => {
    const wheres = [...documentOf(html).querySelectorAll('li.anchored .where')].map((where) => where.textContent ?? '');
    expect(wheres).toHaveLength(2);
    expect(wheres[0]).not.toContain('p.');
    expect(wheres[1]).toMatch(/^Ministry blames militias for embassy protests · p\. 2 · Baghdad Daily/);
  });

  it('flags the orphaned appearance', () => {
    const orphan = documentOf(html).querySelector('li.orphaned');
    expect(orphan?.textContent).toContain('Tehran ordered the attack');
    expect(orphan?.textContent).toContain('Orphaned');
  });

  it('grades each piece of evidence', () => {
    expect(text).toContain('[S1] Interior ministry statement — Refutes');
    expect(text).toContain('Reliability B Usually reliable');
    expect(text).toContain('Credibility 2 Probably true');
    expect(text).toContain('[S2] Militia watch blog — Context');
    expect(text).toContain('Credibility 4 Doubtful');
  });

  it('cites a source nobody graded as to be graded, never as F', () => {
    const ungraded = visibleText(
      sampleHtml((data) => {
        for (const source of data.sources) source.reliability = 'F';
      }),
    );
    expect(ungraded).toContain('Reliability to be graded');
    expect(ungraded).toContain('; reliability to be graded.');
    expect(ungraded).not.toMatch(/reliability F/i);
  });

  it('quotes a passage cited as evidence, marked in its context, with the article it comes from', () => {
    const { data, articles } = sampleCaseWithPassage();
    const document = documentOf(renderHtml(buildReport(data, articles, OPTIONS)));
    const item = [...document.querySelectorAll('ul.evidence > li')].find((li) => li.textContent?.includes('Passage'));
    expect(item?.querySelector('dd a[href="#article-2"]')?.textContent).toBe('Ministry blames militias for embassy protests');
    expect(item?.querySelector('blockquote mark')?.textContent).toBe(PASSAGE_QUOTE);
    expect(item?.querySelectorAll('blockquote')).toHaveLength(1);
  });

  it('lists sources, and articles with their hashes', () => {
    const document = documentOf(html);
    expect(document.querySelector('#source-1')?.textContent).toContain('Interior ministry statement');
    expect(document.querySelector('#source-2')?.textContent).toContain('Militia watch blog');
    expect(document.querySelector('#article-1 .hash')?.textContent).toBe('a'.repeat(64));
    expect(document.querySelector('#article-2 .hash')?.textContent).toBe('b'.repeat(64));
  });

  it('colours verdict badges with the verdict scale', () => {
    expect(html).toContain('.verdict-misleading { background: #e07b1a;');
    expect(documentOf(html).querySelector('.claim .badge')?.className).toBe('badge verdict-misleading');
  });

  it('is self-contained: a strict CSP, inline style, nothing to load, nothing to run', () => {
    const document = documentOf(html);
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(csp).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(document.querySelectorAll('style')).toHaveLength(1);
    expect(html).not.toMatch(/<script|<link|<iframe|javascript:|@import|url\(/i);
  });

  it('links out only from anchors, and only to http(s) or mailto', () => {
    const hostile = sampleHtml((data) => {
      data.articles[0]!.url = 'javascript:alert(1)';
      data.sources[0]!.url = 'data:text/html,<script>alert(1)</script>';
      data.claims[1]!.rationale = '[x](javascript:alert(2)) ![pixel](https://tracker.example/p.png)';
    });
    const document = documentOf(hostile);
    for (const element of document.querySelectorAll('link, img, script')) {
      expect(element.getAttribute('src') ?? '').not.toMatch(/^https?:/i);
      expect(element.getAttribute('href') ?? '').not.toMatch(/^https?:/i);
    }
    for (const anchor of document.querySelectorAll('a[href]')) {
      expect(anchor.getAttribute('href')).toMatch(/^(https?:|mailto:|#)/);
    }
    expect(hostile).not.toMatch(/javascript:|<script/i);
  });

  it('sanitizes the rationale and methodology', () => {
    const hostile = sampleHtml((data) => {
      data.claims[1]!.rationale = 'Checked. <img src=x onerror=alert(1)> <script>alert(1)</script>';
      data.workspace.methodology = '<iframe src="https://example.com"></iframe>\n\n**Method**';
    });
    expect(hostile).not.toMatch(/onerror|<script|<iframe|alert\(/i);
    expect(visibleText(hostile)).toContain('Checked.');
    expect(hostile).toContain('<strong>Method</strong>');
  });

  it('escapes all case text', () => {
    const hostile = sampleHtml((data) => {
      data.claims[1]!.statement = '<b onmouseover="alert(1)">bold</b> & "quoted"';
      data.articles[0]!.title = '</title><script>alert(1)</script>';
    });
    expect(hostile).toContain('&lt;b onmouseover=&quot;alert(1)&quot;&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;');
    expect(hostile).not.toMatch(/<script|<b /i);
    expect(visibleText(hostile)).toContain('<b onmouseover="alert(1)">bold</b> & "quoted"');
  });
});
