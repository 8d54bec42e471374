// Small display helpers shared by components. Pure, so they can be tested in Node.

import type { ArticleFormat, ArticleSummary } from '../../shared/model';

const DATE = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

/** "3 Jan 2020" for an ISO date or timestamp; the input as typed when it is not a date. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00` : value);
  return Number.isNaN(date.getTime()) ? value : DATE.format(date);
}

/** "Outlet · Byline · 3 Jan 2020", skipping what is unknown or said twice. */
export function articleMeta(article: Pick<ArticleSummary, 'outlet' | 'byline' | 'publishedAt'>): string {
  const byline = article.byline && article.byline !== article.outlet ? article.byline : null;
  return [article.outlet, byline, formatDate(article.publishedAt)].filter(Boolean).join(' · ');
}

export const FORMAT_LABELS: Record<ArticleFormat, string> = {
  html: 'Web page',
  markdown: 'Markdown',
  text: 'Text',
  pdf: 'PDF',
  docx: 'Word',
  paste: 'Pasted',
};

/**
 * "PDF · Outlet · 3 Jan 2020": what tells apart two imports of one story in a list,
 * where their titles are often the same.
 */
export function articleFormatAndMeta(article: Pick<ArticleSummary, 'format' | 'outlet' | 'byline' | 'publishedAt'>): string {
  return [FORMAT_LABELS[article.format], articleMeta(article)].filter(Boolean).join(' · ');
}

/** "Same text as “Title” (PDF)", naming the other imports of the same words; empty when none. */
export function sameTextHint(twins: readonly Pick<ArticleSummary, 'title' | 'format'>[]): string {
  if (twins.length === 0) return '';
  return `Same text as ${twins.map((twin) => `“${truncate(twin.title, 60)}” (${FORMAT_LABELS[twin.format]})`).join(', ')}`;
}

/** A CSS colour with alpha from "#rrggbb"; the colour as given when it is not hex. */
export function withAlpha(hex: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return hex;
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** "a, b ,, c" to ["a", "b", "c"], without duplicates, keeping the first spelling. */
export function parseTags(input: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of input.split(',')) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    const key = tag.toLowerCase();
    if (tag && !seen.has(key)) {
      seen.add(key);
      tags.push(tag);
    }
  }
  return tags;
}

/** What a form field holds, for an optional value: null when left blank. */
export function orNull(value: string): string | null {
  return value.trim() || null;
}

/** "1 claim", "3 claims". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Shortens text to about max characters at a word boundary. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
