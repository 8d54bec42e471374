// The IRIs the JSON-LD formats give claims, appearances and articles. Urns from the
// case's ids stay the same across exports, so another tool (or Claimdesk importing
// annotations) can tell that two items are about one claim.

import type { ArticleRef, Report, ReportAppearance, ReportClaim } from './report-types';

export const CLAIM_URN_PREFIX = 'urn:claimdesk:claim:';
export const SHA256_URN_PREFIX = 'urn:sha256:';

export function claimUrn(claim: Pick<ReportClaim, 'id'>): string {
  return `${CLAIM_URN_PREFIX}${claim.id}`;
}

/** Where a reader finds the review: in the published report when its address is known. */
export function reviewUrl(report: Report, claim: ReportClaim): string {
  return report.publishedUrl === null ? claimUrn(claim) : `${report.publishedUrl}#claim-${claim.number}`;
}

export function collectionIri(report: Report): string {
  return report.publishedUrl === null ? `urn:claimdesk:case:${report.caseId}:annotations` : `${report.publishedUrl}#annotations`;
}

export function appearanceUrn(appearance: Pick<ReportAppearance, 'id'>): string {
  return `urn:claimdesk:appearance:${appearance.id}`;
}

/** The article's address, or the hash of its bytes when it has none (a file, pasted text). */
export function articleIri(article: Pick<ArticleRef, 'url' | 'sha256'>): string {
  return article.url?.trim() || `${SHA256_URN_PREFIX}${article.sha256}`;
}
