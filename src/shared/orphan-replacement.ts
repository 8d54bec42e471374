// Resolving an orphan is one step: when the analyst marks a claim's words again in the
// article where its appearance was orphaned, the new marking takes the orphan's place.
// Shared: the service applies the rule, the renderer mirrors it without a reload.

import type { Appearance, Id } from './model';

/** The ids of the claim's orphaned appearances in the article, which a new marking there replaces. */
export function orphansReplacedBy(
  appearances: readonly Pick<Appearance, 'id' | 'claimId' | 'articleId' | 'status'>[],
  claimId: Id,
  articleId: Id,
): Id[] {
  return appearances.filter((a) => a.claimId === claimId && a.articleId === articleId && a.status === 'orphaned').map((a) => a.id);
}
