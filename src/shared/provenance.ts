// Provenance: how the same words read in two places (a quote and a copy of it, or two
// versions of a paragraph), in the terms the analyst, the report and the CLI share.

import type { Id, IsoDate, Selector } from './model';

/**
 * exact: the same characters; trivial: only punctuation, quote marks, case or spacing
 * differ; altered: some word differs.
 */
export const MATCH_KINDS = ['exact', 'trivial', 'altered'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

/**
 * What kind of change one difference is, the most telling kind first when a change is
 * several: a reversed sense, a changed number, a changed name, other words, punctuation.
 */
export const DIFFERENCE_KINDS = ['negation', 'number', 'name', 'wording', 'punctuation'] as const;
export type DifferenceKind = (typeof DIFFERENCE_KINDS)[number];

/** One change: `from` as the first text has it, `to` as the second (empty when absent). */
export interface Difference {
  kind: DifferenceKind;
  from: string;
  to: string;
}

/** A stretch of a word-level diff for display: in both texts, only the first, only the second. */
export interface DiffPiece {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** An article carrying a quote, and how its words compare with the quote's. */
export interface Carrier {
  articleId: Id;
  title: string;
  outlet: string | null;
  publishedAt: IsoDate | null;
  importedAt: IsoDate;
  match: MatchKind;
  /** The article's own words where it carries the quote. */
  text: string;
  /** Where: what marking the claim here would store. */
  selector: Selector;
  differences: Difference[];
  /** From the quote to this carrier's words. */
  diff: DiffPiece[];
  /** The claim's appearance already marking these words, when the quote is a claim's. */
  appearanceId: Id | null;
}

/** Every loaded article carrying a quote, earliest published first (undated last, by import). */
export interface Carriers {
  quote: string;
  /** The earliest carrier, null when no article carries the quote. */
  firstArticleId: Id | null;
  carriers: Carrier[];
}
