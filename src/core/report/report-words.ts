// Sentences both formats print, so the Markdown and the HTML report say the same thing.

import type { AnchorStatus } from '../../shared/model';
import type { DifferenceKind, MatchKind } from '../../shared/provenance';
import type { Report, ReportEvidence, ReportSummary } from './report-types';

/** What a reader needs to know about an appearance that is not exactly where it was marked. */
export const ANCHOR_NOTES: Record<AnchorStatus, string | null> = {
  anchored: null,
  fuzzy: 'Re-anchored approximately: the article’s words differ slightly from those first marked.',
  orphaned: 'Orphaned: not found in the article’s text; quoted as recorded when the claim was marked.',
};

/** How a carrier's words compare with the claim's. */
export const MATCH_LABELS: Record<MatchKind, string> = {
  exact: 'Exact copy',
  trivial: 'Same words (punctuation or case differ)',
  altered: 'Altered copy',
};

export const CARRIERS_TITLE = 'Carried by';
export const DIFFERENCE_LABELS: Record<DifferenceKind, string> = {
  negation: 'Negation',
  number: 'Number',
  name: 'Name',
  wording: 'Wording',
  punctuation: 'Punctuation',
};
export const FIRST_CARRIER = 'Published first';
export const MARKED_CARRIER = 'marked';

/** Beside the appearance in the article published first, for a claim made in more than one place. */
export const FIRST_APPEARANCE = 'First appearance';

/**
 * The excerpt to print besides the evidence's passage: none when it only repeats the
 * quoted words, as it does unless the analyst changed it.
 */
export function excerptOf(item: ReportEvidence): string {
  const excerpt = item.excerpt.trim();
  return item.passage !== null && excerpt === item.passage.exact.trim() ? '' : excerpt;
}

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
  missing: 'The completeness check found nothing a reader could not audit.',
} as const;

export const SECTION_TITLES = {
  summary: 'Summary',
  claimsTable: 'Claims at a glance',
  claims: 'Claims',
  sources: 'Sources',
  articles: 'Articles',
  methodology: 'Methodology',
  ratingScale: 'Rating scale',
  missing: 'What is missing',
} as const;

export const MISSING_INTRO =
  'This report was exported with gaps the completeness check found: a reader cannot audit the following.';

export const RATING_SCALE_INTRO =
  'Each verdict, what it means, and the number ClaimReview gives it (ratingValue, from worst to best). ' +
  'Sources are graded on the Admiralty scale: reliability A–F for the source, credibility 1–6 for each piece of information.';

/** Which claims the report covers, when not all of them; null when it covers the whole case. */
export function selectionLine(report: Report): string | null {
  const { criteria, total } = report.selection;
  if (criteria.length === 0) return null;
  return `This report covers ${report.claims.length} of the case’s ${count(total, 'claim')}: ${criteria.join('; ')}.`;
}

/** A verdict's place on ClaimReview's numeric scale, as the rating scale section prints it. */
export function ratingValueWords(value: number | null, best: number): string {
  return value === null ? 'none (label only)' : `${value} of ${best}`;
}

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
