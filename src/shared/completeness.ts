// What a reader of the report could not audit. The export dialog lists these with a
// way to fix each; exported anyway, the report says what is missing.

import type { Id } from './model';

export const COMPLETENESS_KINDS = [
  /** A claim with a verdict that a reader could check (not "not checkable") and no evidence. */
  'rated-without-evidence',
  /** A rated claim whose reasoning is not written down. */
  'rated-without-rationale',
  /** Evidence whose source has no URL, nor an article in the case with one. */
  'evidence-without-url',
  /** Evidence whose source's reliability is F, "cannot be judged". */
  'evidence-without-reliability',
  /** Evidence whose credibility is 6, "cannot be judged". */
  'evidence-without-credibility',
  /** An appearance whose words are no longer found in its article. */
  'orphaned-anchor',
  /** An appearance re-anchored approximately that the analyst has not confirmed. */
  'unconfirmed-anchor',
  /** A claim not marked in any article: a reader cannot see who said it where. */
  'claim-without-appearance',
  /** The case states no methodology. */
  'no-methodology',
  /** The case names no analyst: nobody signs the verdicts. */
  'no-analyst',
  /** An article whose file (articles/<id>.json) is missing or damaged: its quotes lose their context. */
  'unreadable-article',
  /** A field two analysts changed differently, or an item deleted by one and edited by the other, not yet settled. */
  'unresolved-conflict',
  /**
   * A rated claim whose supporting (or refuting) evidence all comes from articles that
   * are copies of one text: one source, cited several times, is no independent confirmation.
   */
  'dependent-evidence',
] as const;
export type CompletenessKind = (typeof COMPLETENESS_KINDS)[number];

/** One gap, with the ids a fix needs: the claim, evidence, source or appearance to edit. */
export interface CompletenessIssue {
  kind: CompletenessKind;
  message: string;
  claimId?: Id;
  evidenceId?: Id;
  sourceId?: Id;
  appearanceId?: Id;
  articleId?: Id;
  conflictId?: string;
}
