// Sentences both formats print, so the Markdown and the HTML report say the same thing.

import type { AnchorStatus } from '../../shared/model';
import type { ReportSummary } from './report-types';

/** What a reader needs to know about an appearance that is not exactly where it was marked. */
export const ANCHOR_NOTES: Record<AnchorStatus, string | null> = {
  anchored: null,
  fuzzy: 'Re-anchored approximately: the article’s words differ slightly from those first marked.',
  orphaned: 'Orphaned: not found in the article’s text; quoted as recorded when the claim was marked.',
};

export const NONE = {
  claims: 'No claims were recorded in this case.',
  sources: 'No sources were recorded in this case.',
  articles: 'No articles were imported in this case.',
  methodology: 'No methodology was recorded for this case.',
  appearances: 'Not marked in any article.',
  rationale: 'No rationale recorded.',
  evidence: 'No evidence linked.',
  citations: 'Not cited as evidence.',
  byline: 'no publisher, author or date recorded',
  value: 'not stated',
} as const;

export function scopeLine(summary: ReportSummary): string {
  return `${count(summary.claims, 'claim')} checked in ${count(summary.articles, 'article')} against ${count(summary.sources, 'source')}.`;
}

export function orphanWarning(summary: ReportSummary): string | null {
  if (summary.orphanedAppearances === 0) return null;
  return (
    `${summary.orphanedAppearances} of ${count(summary.appearances, 'appearance')} could not be found in ` +
    'the article’s text and are marked orphaned; they are quoted as recorded.'
  );
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Where in a paged article (a PDF) a quote is: "p. 3". */
export function pageLabel(page: number): string {
  return `p. ${page}`;
}
