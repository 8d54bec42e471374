import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ClaimdeskError } from '../../shared/rpc';
import { importFile, importPastedHtml } from './index';
import { htmlDepth, markdownDepth, MAX_HTML_DEPTH, MAX_MARKDOWN_DEPTH } from './nesting';

const HUGE = 100_000;
const nested = (open: string, close: string, depth: number) => open.repeat(depth) + 'words' + close.repeat(depth);

/** The depth of the tree jsdom's parser builds, below <body>. */
function parsedDepth(html: string): number {
  const body = new JSDOM(html).window.document.body;
  let deepest = 0;
  const stack: [Element, number][] = [[body, 0]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (const child of element.children) stack.push([child, depth + 1]);
  }
  return deepest;
}

describe('nesting depth of a page, before parsing', () => {
  it('follows the implied closings of ordinary pages, so their count stays near the truth', () => {
    const pages = [
      '<ul>' + '<li>item'.repeat(300) + '</ul>',
      '<p>paragraph'.repeat(300),
      '<div><p>unclosed</div>'.repeat(300),
      '<table>' + '<tr><td>a<td>b'.repeat(300) + '</table>',
      '<select>' + '<option>one'.repeat(300) + '</select>',
      '<svg>' + '<path d="M0 0"/>'.repeat(300) + '</svg>',
      '<dl>' + '<dt>term<dd>meaning'.repeat(300) + '</dl>',
      '<script>' + '<div>'.repeat(300) + '</script><p>after',
    ];
    for (const page of pages) expect(htmlDepth(page), page.slice(0, 40)).toBeLessThanOrEqual(parsedDepth(page) + 2);
  });

  it('refuses 100,000 nested elements at once, with the limit and what to do', async () => {
    const started = performance.now();
    const error: unknown = await importPastedHtml(nested('<div>', '</div>', HUGE), null).catch((caught: unknown) => caught);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(error).toBeInstanceOf(ClaimdeskError);
    expect((error as ClaimdeskError).message).toContain(`nested more than ${MAX_HTML_DEPTH} levels deep`);
    expect((error as ClaimdeskError).message).toContain('MAX_HTML_DEPTH');
  });

  it('is not fooled by end tags the parser would ignore', () => {
    for (const cycle of ['<span><div></span>', '<p><div>', '<li><section>', '<b><table><td>']) {
      expect(htmlDepth(cycle.repeat(HUGE)), cycle).toBeGreaterThan(MAX_HTML_DEPTH);
    }
  });

  it('refuses a deep saved page by name, and imports a page just inside the limit', async () => {
    const deep = Buffer.from(`<html><body>${nested('<div>', '</div>', HUGE)}</body></html>`);
    await expect(importFile('deep.html', deep)).rejects.toThrow(/^deep\.html: its elements are nested more than 500 levels deep/);
    const fine = Buffer.from(`<html><body>${nested('<section>', '</section>', MAX_HTML_DEPTH - 10)}</body></html>`);
    expect((await importFile('fine.html', fine)).doc.text).toBe('words');
  });

  it('refuses Markdown nested past its limit, quotes and lists alike', async () => {
    const quotes = '>'.repeat(HUGE) + ' deep';
    const lists = Array.from({ length: 300 }, (_, level) => `${'  '.repeat(level)}- item`).join('\n');
    expect(markdownDepth(quotes)).toBe(HUGE);
    expect(markdownDepth(lists)).toBeGreaterThan(MAX_MARKDOWN_DEPTH);
    await expect(importFile('deep.md', Buffer.from(lists))).rejects.toThrow(/^deep\.md: .*more than the 100 Claimdesk reads \(MAX_MARKDOWN_DEPTH\)/);
    const ordinary = '# Title\n\n> quoted\n> > twice\n\n- one\n  - two\n    1. three\n\n    code block\n';
    expect(markdownDepth(ordinary)).toBeLessThan(10);
  });
});
