// The completeness check: what a reader of the report could not audit, by the
// transparency standard fact-checkers sign up to (IFCN: every source given in enough
// detail to replicate the work; the methodology stated). Pure, so the export dialog,
// the report's "What is missing" section and the CLI all list the same gaps.

import type { Cluster } from '../../shared/clusters';
import type { Conflict } from '../../shared/sync';
import type { CompletenessIssue } from '../../shared/completeness';
import { caseIndex, type CaseIndex } from '../../shared/case-index';
import type { CaseData, Claim, Evidence, Id, Relation } from '../../shared/model';
import { isRated, type ClaimSelection } from '../../shared/report-options';
import { UNGRADED_RELIABILITY } from '../../shared/scales';
import { scopeOf } from './options';

/** Evidence that settles a claim one way or the other; context and origin need no independence. */
const DECIDING: readonly Relation[] = ['supports', 'refutes'];

/** Shown this long in messages; the full statement is one click away. */
const STATEMENT_CHARS = 60;

/** What is found of the case beyond its data, each by its own service. */
export interface CaseFindings {
  /** The articles whose file could not be read. */
  unreadable?: ReadonlySet<Id>;
  /** The copy clusters of the case's articles (see provenance/clusters). */
  clusters?: readonly Cluster[];
  /** The conflicts a sync left unresolved. */
  conflicts?: readonly Conflict[];
}

/**
 * Gaps of the chosen claims, claim by claim in the order they were created, then of the case.
 */
export function checkCompleteness(
  data: CaseData,
  selection: ClaimSelection = {},
  { unreadable = new Set(), clusters = [], conflicts = [] }: CaseFindings = {},
): CompletenessIssue[] {
  const { claims } = scopeOf(data, selection);
  const index = caseIndex(data);
  const clusterOf = new Map(clusters.flatMap((cluster) => cluster.articleIds.map((id) => [id, cluster] as const)));
  const issues = [...claims]
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
    .flatMap((claim) => [...claimIssues(index, claim), ...dependentEvidence(index, claim, clusterOf)]);
  if (data.workspace.methodology.trim() === '') {
    issues.push({ kind: 'no-methodology', message: 'The case states no methodology: say how the claims were checked.' });
  }
  if (data.workspace.analyst.trim() === '') {
    issues.push({ kind: 'no-analyst', message: 'The case names no analyst: nobody signs the verdicts.' });
  }
  for (const article of data.articles) {
    if (!unreadable.has(article.id)) continue;
    issues.push({
      kind: 'unreadable-article',
      articleId: article.id,
      message:
        `The article “${shorten(article.title)}” (${article.id}) cannot be read: its file articles/${article.id}.json is missing or damaged, ` +
        'so its quotes show only the context recorded when they were marked. Run `claimdesk doctor` on the case folder.',
    });
  }
  for (const conflict of conflicts) issues.push(conflictIssue(conflict, index));
  return issues;
}

/** Until settled, the report shows this copy's side of a disagreement as if it were agreed. */
function conflictIssue(conflict: Conflict, index: CaseIndex): CompletenessIssue {
  const claim = conflict.entity === 'claim' ? index.claims.get(conflict.entityId) : undefined;
  const item = claim ? `claim “${shorten(claim.statement)}” (${claim.id})` : `${conflict.entity} ${conflict.entityId}`;
  const what = conflict.field === null ? item : `the ${conflict.field} of ${item}`;
  const how = conflict.field === null ? 'was deleted on one side and edited on the other' : `was changed both here and by ${conflict.theirAnalyst}`;
  return {
    kind: 'unresolved-conflict',
    conflictId: conflict.id,
    ...(conflict.entity === 'claim' ? { claimId: conflict.entityId } : {}),
    message: `A sync left a conflict: ${what} ${how}. Take mine or theirs, or write the value, in the Conflicts view (or \`claimdesk resolve\`).`,
  };
}

function claimIssues(data: CaseIndex, claim: Claim): CompletenessIssue[] {
  const claimId = claim.id;
  const name = `Claim “${shorten(claim.statement)}”`;
  const issues: CompletenessIssue[] = [];
  const evidence = data.evidenceOf(claimId);
  // "Not checkable" says no evidence can settle the claim, so none is expected.
  if (isRated(claim) && claim.verdict !== 'not-checkable' && evidence.length === 0) {
    issues.push({ kind: 'rated-without-evidence', claimId, message: `${name} has a verdict but no evidence.` });
  }
  if (isRated(claim) && claim.rationale.trim() === '') {
    issues.push({ kind: 'rated-without-rationale', claimId, message: `${name} has a verdict but no rationale.` });
  }
  for (const item of evidence) {
    const source = data.sources.get(item.sourceId);
    if (source === undefined) continue;
    const ids = { claimId, evidenceId: item.id, sourceId: source.id };
    const cited = `${name} cites “${shorten(source.title)}”`;
    if (!hasUrl(data, source.url, source.articleId)) {
      issues.push({ kind: 'evidence-without-url', ...ids, message: `${cited}, which has no URL.` });
    }
    if (source.reliability === UNGRADED_RELIABILITY) {
      issues.push({ kind: 'evidence-without-reliability', ...ids, message: `${cited}, whose reliability is still to be graded.` });
    }
    if (item.credibility === 6) {
      issues.push({ kind: 'evidence-without-credibility', ...ids, message: `${cited} with credibility not graded (6).` });
    }
  }
  const appearances = data.appearancesOf(claimId);
  if (appearances.length === 0) {
    issues.push({ kind: 'claim-without-appearance', claimId, message: `${name} is not marked in any article.` });
  }
  for (const appearance of appearances) {
    const ids = { claimId, appearanceId: appearance.id, articleId: appearance.articleId };
    const article = data.articles.get(appearance.articleId)?.title ?? appearance.articleId;
    if (appearance.status === 'orphaned') {
      issues.push({ kind: 'orphaned-anchor', ...ids, message: `${name}: its words are no longer found in “${shorten(article)}”.` });
    } else if (appearance.status === 'fuzzy') {
      issues.push({ kind: 'unconfirmed-anchor', ...ids, message: `${name}: its place in “${shorten(article)}” was re-anchored approximately and not confirmed.` });
    }
  }
  return issues;
}

/**
 * For each way the claim is decided (supported, refuted): two or more pieces of evidence,
 * every one from an article of the same copy cluster, are one source counted several times.
 */
function dependentEvidence(data: CaseIndex, claim: Claim, clusterOf: ReadonlyMap<Id, Cluster>): CompletenessIssue[] {
  if (!isRated(claim) || clusterOf.size === 0) return [];
  const issues: CompletenessIssue[] = [];
  for (const relation of DECIDING) {
    const evidence = data.evidenceOf(claim.id).filter((item) => item.relation === relation);
    if (evidence.length < 2) continue;
    const clusters = new Set(evidence.map((item) => clusterOf.get(articleOf(data, item) ?? '')));
    if (clusters.size !== 1 || [...clusters][0] === undefined) continue;
    const cited = new Set(evidence.map((item) => articleOf(data, item)!));
    const titles = [...cited].map((id) => `“${shorten(data.articles.get(id)?.title ?? id)}”`).join(', ');
    issues.push({
      kind: 'dependent-evidence',
      claimId: claim.id,
      message:
        `Claim “${shorten(claim.statement)}” ${relation === 'supports' ? 'is supported' : 'is refuted'} only by copies of one text ` +
        `(${titles}): they are one source, not ${evidence.length}. Cite an independent source.`,
    });
  }
  return issues;
}

/** The article a piece of evidence comes from: its passage's, or its source's when the source is a loaded article. */
function articleOf(data: CaseIndex, item: Evidence): Id | null {
  return item.passage?.articleId ?? data.sources.get(item.sourceId)?.articleId ?? null;
}

/** A source loaded as an article can be found by that article's URL. */
function hasUrl(data: CaseIndex, url: string | null, articleId: Id | null): boolean {
  if (url?.trim()) return true;
  return Boolean(articleId && data.articles.get(articleId)?.url?.trim());
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= STATEMENT_CHARS ? flat : `${flat.slice(0, STATEMENT_CHARS - 1).trimEnd()}…`;
}
