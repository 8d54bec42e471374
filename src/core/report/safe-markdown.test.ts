import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { markdownToSafeHtml } from './safe-markdown';

/** The HTML as a browser would hold it: quoting and entity spelling aside. */
function asParsed(html: string): string {
  return new JSDOM(`<body>${html}</body>`).window.document.body.innerHTML.trim();
}

describe('markdownToSafeHtml', () => {
  it('renders ordinary Markdown', () => {
    const html = markdownToSafeHtml('Some **bold** text\n\n- one\n- two\n\n[a page](https://example.com/a)');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<a href="https://example.com/a" rel="noopener noreferrer">a page</a>');
  });

  it('removes scripts and event handlers', () => {
    const html = markdownToSafeHtml('<img src=x onerror=alert(1)>\n\n<script>alert(1)</script>\n\n<p onclick="alert(1)">hi</p>');
    expect(html).not.toMatch(/<script|onerror|onclick|alert/i);
    expect(html).toContain('hi');
  });

  it('keeps only links a reader can follow', () => {
    const html = markdownToSafeHtml(
      '[js](javascript:alert(1)) [data](data:text/html,hi) [file](file:///etc/passwd) [mail](mailto:desk@example.org) [here](#claim-1)',
    );
    expect(html).not.toMatch(/javascript:|data:text|file:/i);
    expect(html).toContain('href="mailto:desk@example.org"');
    expect(html).toContain('href="#claim-1"');
  });

  it('never lets the report fetch anything', () => {
    const html = markdownToSafeHtml(
      '![remote](https://tracker.example/pixel.png)\n\n<img srcset="https://x.example/a.png 1x">\n\n' +
        '<link rel="stylesheet" href="https://x.example/s.css"><style>@import "https://x.example/s.css";</style>' +
        '<iframe src="https://x.example"></iframe><video poster="https://x.example/p.png"></video>' +
        '<p style="background:url(https://x.example/b.png)">styled</p>',
    );
    expect(html).not.toMatch(/https?:/i);
    expect(html).toContain('styled');
  });

  it('keeps embedded images', () => {
    expect(markdownToSafeHtml('![dot](data:image/png;base64,iVBORw0KGgo=)')).toContain('src="data:image/png;base64,');
  });

  it('strips attributes that could impersonate the report', () => {
    const html = markdownToSafeHtml('<span id="source-1" class="badge verdict-true">True</span>');
    expect(html).toContain('<span>True</span>');
    expect(html).not.toMatch(/id=|class=/);
  });

  it.each([
    'Checked against the **port authority** figures (item 3 of 12), with `code` and _emphasis_.',
    '# Heading\n\nA paragraph with ~~struck~~ words,  \nand a hard break.\n\n> Quoted\n\n---\n\n3. three\n4. four\n\n- one\n  - nested',
    '    indented code <b>not bold</b> & "quotes"\n\n```\nfenced <i>code</i>\n```',
    'Escaped \\*stars\\* and ampersands & angle brackets 3 < 4 > 2 and \'quotes\'.',
  ])('writes prose as DOMPurify would have left it: %s', (source) => {
    // Raw HTML after the same Markdown sends all of it through DOMPurify.
    const sanitized = markdownToSafeHtml(`${source}\n\n<span>end</span>`);
    expect(asParsed(markdownToSafeHtml(source))).toBe(asParsed(sanitized.replace(/<p><span>end<\/span><\/p>\s*$/, '')));
  });
});
