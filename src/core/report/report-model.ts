// Builds the verification report of a case: one model that every format renders, in
// the order it is read, with every grade already spelled out.

import type { Conflict } from '../../shared/sync';
import {
  CREDIBILITIES,
  RELIABILITIES,
  VERDICTS,
  type Article,
  type ArticleSummary,
  type CaseData,
  type Id,
  type Reliability,
  type Source,
} from '../../shared/model';
import { caseIndex } from '../../shared/case-index';
import { firstAppearance } from '../../shared/first-appearance';
import { bibliographyKey, citedAuthors } from '../../shared/person-name';
import { DEFAULT_REPORT_OPTIONS, type ReportOptions } from '../../shared/report-options';
import { ClaimdeskError } from '../../shared/rpc';
import {
  CLAIM_TYPE_LABELS,
  CREDIBILITY_SCALE,
  RELATION_LABELS,
  RELIABILITY_SCALE,
  reliabilityShown,
  SOURCE_KIND_LABELS,
  VERDICT_SCALE,
} from '../../shared/scales';
import type { Carriers } from '../../shared/provenance';
import { checkCompleteness } from './completeness';
import { MATCH_LABELS } from './report-words';
import { scopeOf } from './options';
import { BEST_RATING, RATING_VALUES, WORST_RATING } from './rating-value';
import { appearanceInContext, passageInContext } from './report-appearance';
import { describeChanges, NO_PROVENANCE, reportCopies, type ReportProvenance } from './report-provenance';
import type {
  ArticleRef,
  Graded,
  RatingScale,
  Report,
  ReportArticle,
  ReportCarrier,
  ReportClaim,
  ReportEvidence,
  ReportSource,
  ReportStamp,
  ReportSummary,
  SourceRef,
} from './report-types';

const CONFIDENCE_LABELS = { low: 'Low', moderate: 'Moderate', high: 'High' } as const;

/**
 * The report of a case, on the claims the options choose (see scopeOf). `articles`
 * holds the bodies that could be read; an appearance in an article missing from it is
 * shown with the context recorded in its selector. Throws a ClaimdeskError when the
 * case refers to an article or a source it lacks. `provenance` says how the articles
 * changed and which are copies of one another.
 */
export function buildReport(
  data: CaseData,
  articles: ReadonlyMap<Id, Article>,
  stamp: ReportStamp,
  options: ReportOptions = DEFAULT_REPORT_OPTIONS,
  provenance: ReportProvenance = NO_PROVENANCE,
  /** The conflicts a sync left: until settled, the report shows this copy's side as if agreed. */
  conflicts: readonly Conflict[] = [],
): Report {
  const scope = scopeOf(data, options.claims);
  const claims = byTime(scope.claims, (claim) => claim.createdAt);
  const lookup = caseIndex(data);
  const appearancesOf = (claimId: Id) => byTime(lookup.appearancesOf(claimId), (item) => item.createdAt);
  const evidenceOf = (claimId: Id) => byTime(lookup.evidenceOf(claimId), (item) => item.createdAt);
  const articleRefs = new Map(byTime(scope.articles, (a) => a.importedAt).map((a, i) => [a.id, articleRef(a, i + 1)]));
  const bibliography = orderSources(scope.sources);
  const sourceRefs = new Map(bibliography.map((source, i) => [source.id, sourceRef(source, i + 1)]));

  const reportClaims = claims.map((claim, index): ReportClaim => {
    const marked = appearancesOf(claim.id);
    const first = firstAppearance(marked, lookup.articles);
    const appearances = marked.map((appearance) =>
      appearanceInContext(
        appearance,
        find(articleRefs, appearance.articleId, 'article'),
        articles.get(appearance.articleId),
        appearance === first,
      ),
    );
    const evidence = evidenceOf(claim.id).map((item): ReportEvidence => {
      const source = find(sourceRefs, item.sourceId, 'source');
      return {
        source,
        relation: { value: item.relation, label: RELATION_LABELS[item.relation] },
        reliability: source.reliability,
        credibility: { value: item.credibility, ...CREDIBILITY_SCALE[item.credibility] },
        excerpt: item.excerpt,
        passage:
          item.passage &&
          passageInContext(item.passage, find(articleRefs, item.passage.articleId, 'article'), articles.get(item.passage.articleId)),
        note: item.note,
      };
    });
    const verdict = VERDICT_SCALE[claim.verdict];
    return {
      id: claim.id,
      number: index + 1,
      statement: claim.statement,
      verdict: { value: claim.verdict, label: verdict.label, definition: verdict.definition },
      claimant: claim.claimant,
      type: { value: claim.type, label: CLAIM_TYPE_LABELS[claim.type] },
      tags: [...claim.tags],
      confidence: claim.confidence && { value: claim.confidence, label: CONFIDENCE_LABELS[claim.confidence] },
      rationale: claim.rationale,
      createdAt: claim.createdAt,
      updatedAt: claim.updatedAt,
      appearances,
      carriers: reportCarriers(provenance.carriers.get(claim.id), lookup.articles),
      evidence,
    };
  });

  const citations = citationsBySource(reportClaims);
  const sources = bibliography.map(
    (source): ReportSource => ({
      ...find(sourceRefs, source.id, 'source'),
      accessedAt: source.accessedAt,
      notes: source.notes,
      citedBy: citations.get(source.id) ?? [],
    }),
  );

  return {
    caseId: data.workspace.id,
    title: data.workspace.name,
    analyst: data.workspace.analyst,
    generatedAt: stamp.generatedAt,
    appVersion: stamp.appVersion,
    sections: { ...options.sections },
    publishedUrl: options.publishedUrl?.trim() || null,
    selection: { total: data.claims.length, criteria: scope.criteria },
    summary: summarize(reportClaims, sources.length, scope.articles.length),
    claims: reportClaims,
    sources,
    articles: byTime(scope.articles, (article) => article.importedAt).map((article) => reportArticle(article, articleRefs, provenance)),
    copies: reportCopies(provenance.clusters, articleRefs),
    methodology: data.workspace.methodology,
    ratingScale: ratingScale(),
    missing: checkCompleteness(data, options.claims, { unreadable: unreadableArticles(data, articles), clusters: provenance.clusters, conflicts }),
  };
}

/** A claim's carriers as the report shows them: none unless another article than its own carries its words. */
function reportCarriers(found: Carriers | undefined, articles: ReadonlyMap<Id, ArticleSummary>): ReportCarrier[] {
  if (found === undefined || found.carriers.length < 2) return [];
  return found.carriers.map((carrier) => {
    const { id, title, outlet, url, publishedAt, sha256 } = articles.get(carrier.articleId)!;
    return {
      article: { id, title, outlet, url, publishedAt, sha256 },
      match: { value: carrier.match, label: MATCH_LABELS[carrier.match] },
      text: carrier.text,
      differences: carrier.differences.filter((difference) => difference.kind !== 'punctuation'),
      diff: carrier.diff,
      first: carrier.articleId === found.firstArticleId,
      marked: carrier.appearanceId !== null,
    };
  });
}

/** The case's articles whose bodies could not be read: the report lists them under what is missing. */
function unreadableArticles(data: CaseData, articles: ReadonlyMap<Id, Article>): Set<Id> {
  return new Set(data.articles.filter((article) => !articles.has(article.id)).map((article) => article.id));
}

function ratingScale(): RatingScale {
  return {
    verdicts: VERDICTS.map((value) => ({ value, ...label(VERDICT_SCALE[value]), ratingValue: RATING_VALUES[value] })),
    best: BEST_RATING,
    worst: WORST_RATING,
    reliability: RELIABILITIES.map((value) => ({ value, ...RELIABILITY_SCALE[value] })),
    credibility: CREDIBILITIES.map((value) => ({ value, ...CREDIBILITY_SCALE[value] })),
  };
}

/** A verdict's words without its badge colour. */
function label({ label, definition }: { label: string; definition: string }) {
  return { label, definition };
}

function summarize(claims: readonly ReportClaim[], sources: number, articles: number): ReportSummary {
  const appearances = claims.flatMap((claim) => claim.appearances);
  return {
    claims: claims.length,
    byVerdict: VERDICTS.map((verdict) => ({
      value: verdict,
      label: VERDICT_SCALE[verdict].label,
      definition: VERDICT_SCALE[verdict].definition,
      count: claims.filter((claim) => claim.verdict.value === verdict).length,
    })).filter((entry) => entry.count > 0),
    appearances: appearances.length,
    orphanedAppearances: appearances.filter((appearance) => appearance.status === 'orphaned').length,
    sources,
    articles,
  };
}

/**
 * Sources as a bibliography lists them: by the first author's family name (an
 * institution by its name, a source without authors by its title), then by title.
 */
function orderSources(sources: readonly Source[]): Source[] {
  return [...sources].sort((a, b) => bibliographyKey(a).localeCompare(bibliographyKey(b)) || a.title.localeCompare(b.title));
}

/** Which claims cite each source, in the order of the report. */
function citationsBySource(claims: readonly ReportClaim[]): Map<Id, ReportSource['citedBy']> {
  const citations = new Map<Id, ReportSource['citedBy']>();
  for (const claim of claims) {
    for (const item of claim.evidence) {
      const citation = { claimNumber: claim.number, statement: claim.statement, relation: item.relation };
      const cited = citations.get(item.source.id);
      if (cited) cited.push(citation);
      else citations.set(item.source.id, [citation]);
    }
  }
  return citations;
}

function articleRef(article: ArticleSummary, number: number): ArticleRef {
  const { id, title, outlet, url, publishedAt, sha256 } = article;
  return { id, number, title, outlet, url, publishedAt, sha256 };
}

function sourceRef(source: Source, number: number): SourceRef {
  const { id, title, url, publisher, containerTitle, publishedAt } = source;
  return {
    id,
    number,
    title,
    url,
    publisher,
    containerTitle,
    author: citedAuthors(source),
    publishedAt,
    kind: { value: source.kind, label: SOURCE_KIND_LABELS[source.kind] },
    reliability: sourceReliability(source.reliability),
  };
}

/** A source nobody graded is "to be graded" in the report too, not "F, cannot be judged". */
function sourceReliability(value: Reliability): Graded<Reliability> {
  const { label, definition } = reliabilityShown(value);
  return { value, label, definition };
}

function reportArticle(article: ArticleSummary, refs: ReadonlyMap<Id, ArticleRef>, provenance: ReportProvenance): ReportArticle {
  const { byline, importedAt, format, fileName, wordCount, language } = article;
  const changes = provenance.changes.get(article.id);
  return {
    ...find(refs, article.id, 'article'),
    byline,
    importedAt,
    format,
    fileName,
    wordCount,
    language,
    changes: changes ? describeChanges(changes, refs.get(changes.previousVersionId)) : null,
    silentEdit: changes?.silent ?? false,
  };
}

/** A stable sort by an ISO timestamp: equal times keep the stored order. */
function byTime<T>(items: readonly T[], time: (item: T) => string): T[] {
  return [...items].sort((a, b) => (time(a) < time(b) ? -1 : time(a) > time(b) ? 1 : 0));
}

function find<T>(map: ReadonlyMap<Id, T>, id: Id, what: 'article' | 'source'): T {
  const found = map.get(id);
  if (found === undefined) {
    throw new ClaimdeskError('corrupt-workspace', `The case refers to ${what} "${id}", which it does not contain.`);
  }
  return found;
}
