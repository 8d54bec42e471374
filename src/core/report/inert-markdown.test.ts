import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { activeContent, HOSTILE_MARKDOWN } from './test-hostile-markdown';
import { inertMarkdown } from './inert-markdown';

const render = (markdown: string) => new Marked({ gfm: true }).parse(markdown, { async: false });

const ORDINARY = [
  'The minister *did not* say **that**, per ~~one~~ two [sources](https://example.org/a "A").',
  '- first\n- second with `code`\n  1. nested\n  2. list',
  '> A quote with <https://example.org> and mail@example.org.',
  '```js\nif (a < b && c > d) run();\n```',
  '| A | B |\n| :--- | ---: |\n| 1 | 2 |',
].join('\n\n');

describe('analyst Markdown in the Markdown report', () => {
  it('keeps nothing that runs, fetches or links elsewhere than the web and mail, from any payload', () => {
    expect(activeContent(HOSTILE_MARKDOWN).length).toBeGreaterThan(10);
    expect(activeContent(inertMarkdown(HOSTILE_MARKDOWN))).toEqual([]);
    for (const payload of HOSTILE_MARKDOWN.split('\n\n')) expect(activeContent(inertMarkdown(payload))).toEqual([]);
  });

  it('shows raw HTML as the text it is and keeps the words of dropped links', () => {
    const html = render(inertMarkdown('Before <img src=x onerror="alert(1)"> after, [the link](javascript:alert(1)) too'));
    expect(html).toContain('Before &lt;img src=x onerror=&quot;alert(1)&quot;&gt; after');
    expect(html).toContain('the link too');
  });

  it('leaves ordinary Markdown exactly as written', () => {
    expect(inertMarkdown(ORDINARY)).toBe(ORDINARY);
  });

  it('keeps the formatting around what it neutralizes', () => {
    const html = render(
      inertMarkdown(
        ORDINARY.replace('**that**', '**that** <script>x</script>').replace('- second', '- second [bad](data:text/html,x)'),
      ),
    );
    for (const kept of ['<em>did not</em>', '<strong>that</strong>', '<del>one</del>', '<a href="https://example.org/a" title="A">sources</a>']) {
      expect(html).toContain(kept);
    }
    expect(html).toMatch(/<li>second bad with <code>code<\/code>\s*<ol>\s*<li>nested<\/li>/);
    expect(html).toContain('<a href="https://example.org">https://example.org</a>');
    expect(html).toContain('<code class="language-js">if (a &lt; b &amp;&amp; c &gt; d) run();');
    expect(html).toContain('<th align="left">A</th>');
  });

  it('keeps a fenced block in a list item as code', () => {
    const html = render(inertMarkdown('- item <b>x</b>\n\n  ```\n  <script>no</script>\n  ```'));
    expect(html).toContain('<pre><code>&lt;script&gt;no&lt;/script&gt;');
  });
});
