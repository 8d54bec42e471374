// What goes into an exported report: which claims, and which sections. The export
// dialog is built from these lists; the report model applies them.

import type { Claim, Id, Verdict } from './model';

export const REPORT_SECTIONS = [
  'summary',
  'claimsTable',
  'claims',
  'sources',
  'articles',
  'methodology',
  'ratingScale',
  'missing',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export const SECTION_LABELS: Record<ReportSection, string> = {
  summary: 'Summary by verdict',
  claimsTable: 'Table of claims',
  claims: 'Claims in detail',
  sources: 'Sources',
  articles: 'Articles',
  methodology: 'Methodology',
  ratingScale: 'Rating scale',
  missing: 'What is missing',
};

/**
 * Which claims a report covers. Each list given narrows the choice to claims matching
 * any of its entries; lists combine with "and". Nothing given means every claim.
 */
export interface ClaimSelection {
  verdicts?: Verdict[];
  /** Claims carrying at least one of these tags. */
  tags?: string[];
  /** Claims marked in at least one of these articles. */
  articleIds?: Id[];
  /** Only claims with a verdict other than "unrated". */
  ratedOnly?: boolean;
}

export interface ReportOptions {
  claims: ClaimSelection;
  sections: Record<ReportSection, boolean>;
  /**
   * Where the report will be published, if known. ClaimReview's `url` and the
   * annotations' ids point into it (#claim-N); without it they are urn: identifiers.
   */
  publishedUrl?: string | null;
}

export const ALL_SECTIONS: Record<ReportSection, boolean> = Object.fromEntries(
  REPORT_SECTIONS.map((section) => [section, true]),
) as Record<ReportSection, boolean>;

export const DEFAULT_REPORT_OPTIONS: ReportOptions = { claims: {}, sections: ALL_SECTIONS };

/** A claim is rated once it has any verdict but "unrated". */
export function isRated(claim: Pick<Claim, 'verdict'>): boolean {
  return claim.verdict !== 'unrated';
}

/** True when the selection narrows nothing: the report covers the whole case. */
export function selectsEverything(selection: ClaimSelection): boolean {
  return (
    !selection.ratedOnly &&
    (selection.verdicts ?? []).length === 0 &&
    (selection.tags ?? []).length === 0 &&
    (selection.articleIds ?? []).length === 0
  );
}

/**
 * Whether a claim is chosen. `articlesOf` gives the articles the claim is marked in.
 * An empty list of verdicts, tags or articles narrows nothing, like one not given.
 */
export function isSelected(claim: Claim, selection: ClaimSelection, articlesOf: (claimId: Id) => readonly Id[]): boolean {
  const { verdicts, tags, articleIds } = selection;
  if (selection.ratedOnly && !isRated(claim)) return false;
  if (verdicts?.length && !verdicts.includes(claim.verdict)) return false;
  if (tags?.length && !claim.tags.some((tag) => tags.includes(tag))) return false;
  if (articleIds?.length && !articlesOf(claim.id).some((id) => articleIds.includes(id))) return false;
  return true;
}
