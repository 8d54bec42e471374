// Check-worthiness suggestions: sentences an analyst may want to check, each with the
// reasons the model saw and a claim type guessed from them.

import type { ClaimType, Id } from './model';

/** A score at or above this marks a sentence as worth checking. */
export const SUGGESTION_THRESHOLD = 0.5;

export const REASON_KINDS = [
  'number',
  'comparison',
  'causal',
  'attribution',
  'actor-action',
  'quantity-over-time',
  'quote',
  'prediction',
] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];

export const REASON_LABELS: Record<ReasonKind, string> = {
  number: 'A number or statistic',
  comparison: 'A comparison',
  causal: 'A causal claim',
  attribution: 'An attribution ("X said")',
  'actor-action': 'A named person or organisation doing something',
  'quantity-over-time': 'A quantity over time',
  quote: 'A quotation',
  prediction: 'A prediction',
};

/** Why a sentence was suggested: the kind of cue and the words of the sentence that carry it. */
export interface Reason {
  kind: ReasonKind;
  cue: string;
}

/** One scored sentence: offsets into the article's Doc.text. */
export interface Suggestion {
  articleId: Id;
  start: number;
  end: number;
  text: string;
  /** In [0, 1]; SUGGESTION_THRESHOLD and above: worth checking. */
  score: number;
  reasons: Reason[];
  type: ClaimType;
}

/** The most specific claim type the reasons point to; plain facts otherwise. */
export function guessClaimType(reasons: readonly Reason[]): ClaimType {
  const has = (kind: ReasonKind) => reasons.some((reason) => reason.kind === kind);
  if (has('number') || has('quantity-over-time')) return 'statistic';
  if (has('causal')) return 'causal';
  if (has('quote')) return 'quote';
  if (has('attribution')) return 'attribution';
  if (has('prediction')) return 'prediction';
  return 'factual';
}
