import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from './model';
import { sameTextAs } from './same-text';

const article = (id: string, textFingerprint?: string): ArticleSummary => ({
  id,
  title: `Article ${id}`,
  outlet: null,
  byline: null,
  url: null,
  publishedAt: null,
  importedAt: '2026-12-03T10:00:00Z',
  format: 'html',
  fileName: null,
  sha256: id,
  wordCount: 10,
  language: null,
  version: 1,
  previousVersionId: null,
  ...(textFingerprint ? { textFingerprint } : {}),
});

describe('articles with the same text', () => {
  it('names, for each, the others that share its words, and nothing for the rest', () => {
    const twins = sameTextAs([article('html', 'f1'), article('pdf', 'f1'), article('docx', 'f1'), article('other', 'f2'), article('old')]);
    expect(twins.get('html')?.map((a) => a.id)).toEqual(['pdf', 'docx']);
    expect(twins.get('pdf')?.map((a) => a.id)).toEqual(['html', 'docx']);
    expect(twins.has('other')).toBe(false);
    expect(twins.has('old')).toBe(false);
  });
});
