import { describe, expect, it } from 'vitest';
import { safeHref } from './safe-url';

describe('safeHref', () => {
  it('keeps web and mail addresses, in canonical form', () => {
    expect(safeHref('https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(safeHref(' HTTP://Example.com ')).toBe('http://example.com/');
    expect(safeHref('mailto:desk@example.org')).toBe('mailto:desk@example.org');
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,hi', 'file:///etc/passwd', '/relative', '', null])(
    'refuses %j',
    (url) => {
      expect(safeHref(url)).toBeNull();
    },
  );

  it('encodes whatever could end a link early', () => {
    const href = safeHref('mailto:a@b.example?subject=<script>"x"`y`\\z');
    expect(href).not.toMatch(/[<>"'`\\\s]/);
    expect(href).toContain('%3Cscript%3E');
  });
});
