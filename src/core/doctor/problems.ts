// What `claimdesk doctor` finds: each problem says what is wrong, what it means for the
// analyst, and whether the doctor can repair it without losing anything.

export const PROBLEM_KINDS = [
  'duplicate-id',
  'appearance-without-claim',
  'appearance-without-article',
  'evidence-without-claim',
  'evidence-without-source',
  'evidence-passage-without-article',
  'source-article-missing',
  'previous-version-missing',
  'tag-missing',
  'article-file-missing',
  'article-file-damaged',
  'article-file-mismatch',
  'article-file-unreferenced',
  'original-missing',
  'original-damaged',
  'journal-line-damaged',
  'journal-edit-set-aside',
  'article-file-quarantined',
] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

/** How the doctor repairs a problem; absent when only the analyst can. */
export type Repair =
  /** A second copy of an entity, identical to the first: the copy goes. */
  | 'drop-duplicate'
  /** An appearance or evidence pointing at nothing: removed, and kept in the doctor's backup. */
  | 'remove-dangling'
  /** A tag a claim carries but the case lacks: made again, with the next colour. */
  | 'recreate-tag';

export interface Problem {
  kind: ProblemKind;
  /** What is wrong and what it means, in words for the analyst. */
  message: string;
  /** The entity concerned: its id, a tag's name, or a file's name. */
  subject: string;
  repair?: Repair;
}
