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
