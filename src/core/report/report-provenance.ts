// What the report says about where its words come from: which articles changed after
// publication (a later version) and how, which are copies of one text, and which carry
// each claim's words.

import type { Cluster } from '../../shared/clusters';
import type { Id } from '../../shared/model';
import type { Carriers } from '../../shared/provenance';
import type { VersionChanges } from '../../shared/version-changes';
import type { ArticleRef, ReportCopies } from './report-types';

/** What the service found comparing the case's articles; empty when not asked. */
export interface ReportProvenance {
  /** By article id: what each later version changed from the one it replaces. */
  changes: ReadonlyMap<Id, VersionChanges>;
  clusters: readonly Cluster[];
  /** By claim id: the articles carrying the claim's words. */
  carriers: ReadonlyMap<Id, Carriers>;
}

export const NO_PROVENANCE: ReportProvenance = { changes: new Map(), clusters: [], carriers: new Map() };

/** Shown per article; the full list is in the app's Changes view and `claimdesk changes`. */
const DIFFERENCES_SHOWN = 3;

/** One sentence on how a version changed from the one it replaces, in plain text. */
export function describeChanges(changes: VersionChanges, previous: ArticleRef | undefined): string {
  const from = previous ? `A${previous.number}` : 'the previous version';
  const substantive = changes.changes.filter((change) => change.substantive);
  if (changes.changes.length === 0) return `Same text as ${from}.`;
  const counts = (['removed', 'added', 'changed'] as const)
    .map((kind) => [kind, substantive.filter((change) => change.kind === kind).length] as const)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${count} ${count === 1 ? 'paragraph' : 'paragraphs'} ${kind}`);
  const examples = substantive
    .flatMap((change) => change.differences.filter((d) => d.kind !== 'punctuation' && d.kind !== 'wording'))
    .slice(0, DIFFERENCES_SHOWN)
    .map((d) => `${d.kind} “${d.from}” → “${d.to}”`);
  const what = substantive.length === 0
    ? `Changed from ${from} in punctuation, spacing or wording only`
    : `Changed from ${from}: ${counts.join(', ')}${examples.length ? ` (${examples.join('; ')})` : ''}`;
  const said = changes.notice ? `with the notice “${changes.notice}”` : changes.silent ? 'a silent edit: no correction or update notice says so' : 'no notice';
  return `${what}; ${said}.`;
}

export function reportCopies(clusters: readonly Cluster[], refs: ReadonlyMap<Id, ArticleRef>): ReportCopies[] {
  return clusters.flatMap((cluster) => {
    const numbers = cluster.articleIds.map((id) => refs.get(id)?.number).filter((n): n is number => n !== undefined);
    return numbers.length < 2 ? [] : [{ articles: numbers, shared: cluster.shared }];
  });
}
