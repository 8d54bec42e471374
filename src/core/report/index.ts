export { renderAnnotations, type AnnotationCollectionLd, type AnnotationLd } from './annotations';
export { renderClaimReview, type ClaimReviewLd } from './claimreview';
export { checkCompleteness } from './completeness';
export { renderHtml } from './html';
export { renderMarkdown } from './markdown';
export { scopeOf } from './options';
export { buildReport } from './report-model';
export type * from './report-types';
export { markdownToSafeHtml } from './safe-markdown';
