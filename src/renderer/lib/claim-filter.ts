// Narrowing the claims list: by verdict, tag, claimant, type and article. An empty
// criterion lets every claim through; set criteria must all hold.

import type { Appearance, Claim, ClaimType, Id, Verdict } from '../../shared/model';

export interface ClaimFilter {
  verdict: Verdict | null;
  tag: string | null;
  claimant: string | null;
  type: ClaimType | null;
  /** Claims that appear in this article. */
  articleId: Id | null;
}

export const NO_FILTER: ClaimFilter = { verdict: null, tag: null, claimant: null, type: null, articleId: null };

export function isFiltering(filter: ClaimFilter): boolean {
  return Object.values(filter).some((value) => value !== null);
}

export function filterClaims(
  claims: readonly Claim[],
  filter: ClaimFilter,
  appearancesByClaim: ReadonlyMap<Id, ReadonlyArray<Pick<Appearance, 'articleId'>>>,
): Claim[] {
  return claims.filter(
    (claim) =>
      (filter.verdict === null || claim.verdict === filter.verdict) &&
      (filter.tag === null || claim.tags.includes(filter.tag)) &&
      (filter.claimant === null || claim.claimant.trim() === filter.claimant) &&
      (filter.type === null || claim.type === filter.type) &&
      (filter.articleId === null || (appearancesByClaim.get(claim.id) ?? []).some((a) => a.articleId === filter.articleId)),
  );
}

/** The distinct claimants named in the case, for the claimant filter; unnamed ones are left out. */
export function claimantsOf(claims: readonly Claim[]): string[] {
  return [...new Set(claims.map((claim) => claim.claimant.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b));
}
