// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

function dom(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('renderMarkdown', () => {
  it('renders ordinary Markdown', () => {
    const el = dom(renderMarkdown('# Why\n\nThe *ministry* said **no**.\n\n- one\n- two'));
    expect(el.querySelector('h1')?.textContent).toBe('Why');
    expect(el.querySelector('em')?.textContent).toBe('ministry');
    expect(el.querySelector('strong')?.textContent).toBe('no');
    expect(el.querySelectorAll('li')).toHaveLength(2);
  });

  it('drops scripts, event handlers and javascript: links', () => {
    const el = dom(
      renderMarkdown('<script>alert(1)</script>\n\n<p onclick="alert(2)">x</p>\n\n[bad](javascript:alert(3)) <a href="vbscript:x">v</a>'),
    );
    expect(el.querySelector('script')).toBeNull();
    expect(el.querySelector('[onclick]')).toBeNull();
    for (const a of el.querySelectorAll('a')) {
      const href = a.getAttribute('href') ?? '';
      expect(href).not.toMatch(/script:/i);
    }
  });

  it('forces links to open outside the app, with noopener', () => {
    const a = dom(renderMarkdown('See [the report](https://example.org/r).')).querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://example.org/r');
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('drops images, inline styles and forms', () => {
    const el = dom(renderMarkdown('![x](https://tracker.test/p.png)\n\n<span style="color:red">r</span><form><input></form>'));
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('[style]')).toBeNull();
    expect(el.querySelector('form, input')).toBeNull();
    expect(el.textContent).toContain('r');
  });
});

describe('renderMarkdown’s allow-list', () => {
  it('keeps no element the preview does not show: media with their own URLs, SVG, frames, forms', () => {
    const el = dom(
      renderMarkdown(
        [
          '<picture><source srcset="https://tracker.test/a.png 1x"><img src="x"></picture>',
          '<video poster="https://tracker.test/p.png"><source src="https://tracker.test/v.mp4"></video>',
          '<audio src="https://tracker.test/a.mp3"></audio>',
          '<svg><a href="javascript:alert(1)"><text>svg</text></a></svg>',
          '<iframe srcdoc="<script>alert(1)</script>"></iframe><object data="x"></object><embed src="x">',
          '<details open ontoggle="alert(1)"><summary>s</summary>d</details>',
          '<div class="verdict" id="claim-1" data-x="1" aria-label="a"><span lang="en">kept words</span></div>',
          '<link rel="stylesheet" href="https://tracker.test/s.css"><meta http-equiv="refresh" content="0;url=https://x">',
        ].join('\n\n'),
      ),
    );
    expect([...el.querySelectorAll('*')].map((node) => node.tagName.toLowerCase())).toEqual(
      expect.not.arrayContaining(['picture', 'source', 'img', 'video', 'audio', 'svg', 'iframe', 'object', 'embed', 'details', 'div', 'span', 'link', 'meta']),
    );
    for (const node of el.querySelectorAll('*')) {
      expect([...node.attributes].map((attribute) => attribute.name)).toEqual(
        expect.not.arrayContaining(['srcset', 'src', 'poster', 'class', 'id', 'data-x', 'aria-label', 'ontoggle', 'lang']),
      );
    }
    expect(el.textContent).toContain('kept words');
  });

  it('keeps what Markdown writes: tables with their alignment, numbered lists from any start, code, quotes', () => {
    const el = dom(
      renderMarkdown('| A | B |\n| :-- | --: |\n| 1 | 2 |\n\n3. third\n4. fourth\n\n> quoted `code`\n\n~~struck~~ H<sub>2</sub>O'),
    );
    expect(el.querySelector('th')?.getAttribute('align')).toBe('left');
    expect(el.querySelector('ol')?.getAttribute('start')).toBe('3');
    expect(el.querySelector('blockquote code')?.textContent).toBe('code');
    expect(el.querySelector('del')?.textContent).toBe('struck');
    expect(el.querySelector('sub')?.textContent).toBe('2');
  });
});
