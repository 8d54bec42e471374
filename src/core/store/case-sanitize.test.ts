import { describe, expect, it } from 'vitest';
import type { CaseData, Doc, Mark } from '../../shared/model';
import { sanitizeCaseData, sanitizeDoc } from './case-sanitize';

const TEXT = 'Read the statement, the script, the data and the page.';
const link = (href: string, start = 0): Mark => ({ kind: 'link', start, end: start + 4, href });
const doc = (marks: Mark[]): Doc => ({ text: TEXT, blocks: [{ kind: 'paragraph', start: 0, end: TEXT.length }], marks });

const HOSTILE_HREFS = [
  'javascript:alert(1)',
  ' JavaScript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'relative/page.html',
  '#fragment',
];

describe('sanitizeDoc', () => {
  it('drops every link that is not http(s) or mailto, keeping the words and the other marks', () => {
    const marks = [link('https://example.org/a'), link('mailto:desk@example.org', 5), ...HOSTILE_HREFS.map((href) => link(href, 10))];
    const emphasis: Mark = { kind: 'emphasis', start: 20, end: 26 };
    const clean = sanitizeDoc(doc([...marks, emphasis]));
    expect(clean.marks).toEqual([link('https://example.org/a'), link('mailto:desk@example.org', 5), emphasis]);
    expect(clean.text).toBe(TEXT);
  });

  it('takes an address off a mark that is not a link', () => {
    const clean = sanitizeDoc(doc([{ kind: 'strong', start: 0, end: 4, href: 'javascript:alert(1)' }]));
    expect(clean.marks).toEqual([{ kind: 'strong', start: 0, end: 4 }]);
  });

  it('gives back the very document when it has nothing to drop', () => {
    const safe = doc([link('https://example.org/a'), { kind: 'code', start: 5, end: 9 }]);
    expect(sanitizeDoc(safe)).toBe(safe);
  });
});

describe('sanitizeCaseData', () => {
  const withTags = (colors: string[]) =>
    ({ tags: colors.map((color, index) => ({ name: `tag ${index}`, color })) }) as unknown as CaseData;

  it('gives each tag whose colour is not #rrggbb a colour of the palette', () => {
    const hostile = ['red', '#abcdef;background:url(https://evil.example/x)', 'url(x)', '#12345', 'expression(alert(1))'];
    const clean = sanitizeCaseData(withTags(['#2F6FDB', ...hostile]));
    expect(clean.tags[0]).toEqual({ name: 'tag 0', color: '#2F6FDB' });
    for (const tag of clean.tags) expect(tag.color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(clean.tags.map((tag) => tag.name)).toEqual(['tag 0', 'tag 1', 'tag 2', 'tag 3', 'tag 4', 'tag 5']);
  });

  it('gives back the very case when every colour is fine', () => {
    const safe = withTags(['#2f6fdb', '#000000']);
    expect(sanitizeCaseData(safe)).toBe(safe);
  });
});
