import { describe, expect, it } from 'vitest';
import { articleFormatAndMeta, articleMeta, formatDate, sameTextHint, parseTags, plural, truncate, withAlpha } from './format';

describe('format helpers', () => {
  it('formats dates and keeps what is not a date', () => {
    expect(formatDate('2020-01-03')).toMatch(/2020/);
    expect(formatDate('sometime in May')).toBe('sometime in May');
    expect(formatDate(null)).toBe('');
  });

  it('joins known article metadata only', () => {
    expect(articleMeta({ outlet: 'BBC', byline: null, publishedAt: null })).toBe('BBC');
    expect(articleMeta({ outlet: null, byline: 'A. Writer', publishedAt: '2020-01-03' })).toMatch(/^A\. Writer · .*2020/);
    expect(articleMeta({ outlet: 'BBC News', byline: 'BBC News', publishedAt: null })).toBe('BBC News');
  });

  it('adds alpha to hex colours', () => {
    expect(withAlpha('#1f9d55', 0.3)).toBe('rgba(31, 157, 85, 0.3)');
    expect(withAlpha('red', 0.3)).toBe('red');
  });

  it('parses comma-separated tags without empties or duplicates', () => {
    expect(parseTags(' iran, embassy ,, Iran,  us   politics ')).toEqual(['iran', 'embassy', 'us politics']);
    expect(parseTags('')).toEqual([]);
  });

  it('pluralises and truncates', () => {
    expect(plural(1, 'claim')).toBe('1 claim');
    expect(plural(3, 'claim')).toBe('3 claims');
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('the quick brown fox jumps', 12)).toBe('the quick…');
  });
});

describe('telling apart imports of one story', () => {
  it('names the format before the outlet and date', () => {
    expect(articleFormatAndMeta({ format: 'pdf', outlet: 'Harbour Times', byline: null, publishedAt: null })).toBe('PDF · Harbour Times');
    expect(articleFormatAndMeta({ format: 'html', outlet: null, byline: null, publishedAt: null })).toBe('Web page');
  });

  it('says which other imports have the same text, and nothing when none', () => {
    expect(sameTextHint([{ title: 'Embassy protest', format: 'docx' }])).toBe('Same text as “Embassy protest” (Word)');
    expect(sameTextHint([])).toBe('');
  });
});
