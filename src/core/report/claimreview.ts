// The report as schema.org ClaimReview JSON-LD, one review per rated claim, as search
// engines and fact-check aggregators read them. claimReviewed is the statement alone;
// the verdict is in reviewRating, as a label (alternateName) and, for verdicts on the
// true–false scale, a number on the scale the report's rating scale section publishes.

import { isRated } from '../../shared/report-options';
import { reviewUrl, SHA256_URN_PREFIX } from './identifiers';
import { BEST_RATING, RATING_VALUES, WORST_RATING } from './rating-value';
import type { ArticleRef, Report, ReportClaim } from './report-types';

const SCHEMA_ORG = 'https://schema.org';
/** The reviewer when the case names no analyst; the completeness check reports that gap. */
const UNNAMED_AUTHOR = 'Unnamed analyst';

interface Thing {
  '@type': string;
  name: string;
}

export interface CreativeWorkLd {
  '@type': 'CreativeWork';
  headline: string;
  url?: string;
  /** The SHA-256 of the article's bytes, as a urn: finds the very copy that was checked. */
  identifier: string;
  datePublished?: string;
  publisher?: Thing;
}

export interface ClaimReviewLd {
  '@context': typeof SCHEMA_ORG;
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  datePublished: string;
  author: Thing;
  reviewRating: {
    '@type': 'Rating';
    alternateName: string;
    ratingExplanation: string;
    ratingValue?: number;
    bestRating?: number;
    worstRating?: number;
  };
  itemReviewed: {
    '@type': 'Claim';
    author?: Thing;
    appearance: CreativeWorkLd[];
    firstAppearance?: CreativeWorkLd;
  };
}

export function renderClaimReview(report: Report): ClaimReviewLd[] {
  return report.claims.filter((claim) => isRated({ verdict: claim.verdict.value })).map((claim) => review(report, claim));
}

function review(report: Report, claim: ReportClaim): ClaimReviewLd {
  const value = RATING_VALUES[claim.verdict.value];
  const articles = uniqueArticles(claim);
  const first = claim.carriers.find((carrier) => carrier.first)?.article ?? claim.appearances.find((appearance) => appearance.first)?.article;
  return {
    '@context': SCHEMA_ORG,
    '@type': 'ClaimReview',
    url: reviewUrl(report, claim),
    claimReviewed: claim.statement,
    datePublished: report.generatedAt.slice(0, 10),
    author: { '@type': 'Person', name: report.analyst.trim() || UNNAMED_AUTHOR },
    reviewRating: {
      '@type': 'Rating',
      alternateName: claim.verdict.label,
      ratingExplanation: claim.verdict.definition,
      ...(value === null ? {} : { ratingValue: value, bestRating: BEST_RATING, worstRating: WORST_RATING }),
    },
    itemReviewed: {
      '@type': 'Claim',
      // Who the claimant is, person or body, is not recorded; Person is schema.org's usual reading.
      ...(claim.claimant.trim() ? { author: { '@type': 'Person', name: claim.claimant.trim() } } : {}),
      appearance: articles.map(creativeWork),
      ...(first === undefined ? {} : { firstAppearance: creativeWork(first) }),
    },
  };
}

/** Where the claim is marked, then the other articles carrying its words. */
function uniqueArticles(claim: ReportClaim): PublishedWork[] {
  const seen = new Map<string, PublishedWork>();
  for (const { article } of [...claim.appearances, ...claim.carriers]) if (!seen.has(article.id)) seen.set(article.id, article);
  return [...seen.values()];
}

type PublishedWork = Pick<ArticleRef, 'id' | 'title' | 'url' | 'sha256' | 'publishedAt' | 'outlet'>;

function creativeWork(article: PublishedWork): CreativeWorkLd {
  return {
    '@type': 'CreativeWork',
    headline: article.title,
    ...(article.url ? { url: article.url } : {}),
    identifier: `${SHA256_URN_PREFIX}${article.sha256}`,
    ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
    ...(article.outlet ? { publisher: { '@type': 'Organization', name: article.outlet } } : {}),
  };
}
