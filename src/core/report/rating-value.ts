// The numeric scale ClaimReview's ratingValue is given on, published in the report's
// rating scale section so a reader of the JSON-LD can look every number up.

import type { Verdict } from '../../shared/model';

export const WORST_RATING = 1;
export const BEST_RATING = 6;

/**
 * The verdicts that place a claim between false and true, in VERDICTS' order from true
 * to false. "Unproven" and "not checkable" say nothing about how true a claim is, so
 * they have no number: their ClaimReview carries the label alone (alternateName), as
 * schema.org allows. "Unrated" claims get no ClaimReview at all.
 */
export const RATING_VALUES: Record<Verdict, number | null> = {
  true: 6,
  'mostly-true': 5,
  mixed: 4,
  misleading: 3,
  'mostly-false': 2,
  false: 1,
  unproven: null,
  'not-checkable': null,
  unrated: null,
};
