import { describe, expect, it } from 'vitest';
import { firstAppearance } from './first-appearance';

const article = (id: string, publishedAt: string | null, importedAt = '2024-02-01T00:00:00Z') => ({ id, publishedAt, importedAt });
const appearance = (id: string, articleId: string, createdAt = '2024-02-02T00:00:00Z') => ({ id, articleId, createdAt });

describe('firstAppearance', () => {
  it('is the appearance in the article published earliest, whatever order they were marked in', () => {
    const articles = [article('late', '2024-01-05'), article('early', '2024-01-02T12:00:00-05:00'), article('mid', '2024-01-03')];
    const marked = [appearance('a-late', 'late'), appearance('a-mid', 'mid'), appearance('a-early', 'early')];
    expect(firstAppearance(marked, articles)?.id).toBe('a-early');
  });

  it('takes the articles by id as well, for a caller that asks about many claims', () => {
    const articles = [article('late', '2024-01-05'), article('early', '2024-01-02')];
    const marked = [appearance('a-late', 'late'), appearance('a-early', 'early')];
    expect(firstAppearance(marked, new Map(articles.map((item) => [item.id, item])))?.id).toBe('a-early');
  });

  it('compares dates as instants, not as text', () => {
    // 2024-01-03T01:00+05:00 is 2024-01-02T20:00Z, an hour before the other, though it sorts after it as text.
    const articles = [article('plain', '2024-01-02T21:00:00Z'), article('zoned', '2024-01-03T01:00:00+05:00')];
    expect(firstAppearance([appearance('p', 'plain'), appearance('z', 'zoned')], articles)?.id).toBe('z');
  });

  it('puts articles without a date, or with one it cannot read, after dated ones', () => {
    const articles = [
      article('undated', null, '2024-01-01T00:00:00Z'),
      article('garbled', 'last Tuesday', '2024-01-01T00:00:00Z'),
      article('dated', '2024-06-01'),
    ];
    const marked = [appearance('u', 'undated'), appearance('g', 'garbled'), appearance('d', 'dated')];
    expect(firstAppearance(marked, articles)?.id).toBe('d');
  });

  it('breaks ties by import time, then by when the claim was marked', () => {
    const articles = [
      article('second', '2024-01-02', '2024-02-02T00:00:00Z'),
      article('first', '2024-01-02', '2024-02-01T00:00:00Z'),
      article('undated-a', null, '2024-03-02T00:00:00Z'),
      article('undated-b', null, '2024-03-01T00:00:00Z'),
    ];
    expect(firstAppearance([appearance('s', 'second'), appearance('f', 'first')], articles)?.id).toBe('f');
    expect(firstAppearance([appearance('a', 'undated-a'), appearance('b', 'undated-b')], articles)?.id).toBe('b');
    const twice = [appearance('later', 'first', '2024-02-05T00:00:00Z'), appearance('sooner', 'first', '2024-02-03T00:00:00Z')];
    expect(firstAppearance(twice, articles)?.id).toBe('sooner');
  });

  it('is null for a claim with no appearance in a known article', () => {
    expect(firstAppearance([], [article('a', null)])).toBeNull();
    expect(firstAppearance([appearance('x', 'gone')], [article('a', null)])).toBeNull();
  });
});
