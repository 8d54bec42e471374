// The repairs the doctor makes on its own, inside one edit of the case: each takes away
// only what points at nothing or repeats exactly, or adds back what is named but gone.
// What it removes is returned, so it can be kept in a backup beside the case.

import type { CaseData, EntityKind, Tag } from '../../shared/model';
import type { Journal } from '../store';

/** Grey: a recreated tag stands apart from the palette until the analyst colours it. */
const RECREATED_TAG_COLOR = '#7f8c8d';

const KINDS = { articles: 'article', claims: 'claim', appearances: 'appearance', sources: 'source', evidence: 'evidence' } as const;

export interface Removed {
  kind: EntityKind;
  entity: unknown;
  why: string;
}

export interface Repaired {
  removed: Removed[];
  recreatedTags: Tag[];
}

export function repairDraft(draft: CaseData, journal: Journal): Repaired {
  const removed = [...dropExactDuplicates(draft, journal), ...dropDangling(draft, journal)];
  return { removed, recreatedTags: recreateTags(draft, journal) };
}

function dropExactDuplicates(draft: CaseData, journal: Journal): Removed[] {
  const removed: Removed[] = [];
  for (const [collection, kind] of Object.entries(KINDS) as [keyof typeof KINDS, EntityKind][]) {
    const seen = new Map<string, string>();
    const kept = (draft[collection] as { id: string }[]).filter((entity) => {
      const json = JSON.stringify(entity);
      const earlier = seen.get(entity.id);
      if (earlier === undefined) seen.set(entity.id, json);
      if (earlier !== json) return true;
      journal.deleted(kind, entity.id, entity);
      removed.push({ kind, entity, why: 'an exact second copy' });
      return false;
    });
    (draft[collection] as unknown[]) = kept;
  }
  return removed;
}

function dropDangling(draft: CaseData, journal: Journal): Removed[] {
  const articles = new Set(draft.articles.map((article) => article.id));
  const claims = new Set(draft.claims.map((claim) => claim.id));
  const sources = new Set(draft.sources.map((source) => source.id));
  const removed: Removed[] = [];
  draft.appearances = draft.appearances.filter((appearance) => {
    const why = !claims.has(appearance.claimId) ? 'its claim is missing' : !articles.has(appearance.articleId) ? 'its article is missing' : null;
    if (why === null) return true;
    journal.deleted('appearance', appearance.id, appearance);
    removed.push({ kind: 'appearance', entity: appearance, why });
    return false;
  });
  draft.evidence = draft.evidence.filter((item) => {
    const why = !claims.has(item.claimId)
      ? 'its claim is missing'
      : !sources.has(item.sourceId)
        ? 'its source is missing'
        : item.passage && !articles.has(item.passage.articleId)
          ? 'the article it quotes is missing'
          : null;
    if (why === null) return true;
    journal.deleted('evidence', item.id, item);
    removed.push({ kind: 'evidence', entity: item, why });
    return false;
  });
  return removed;
}

function recreateTags(draft: CaseData, journal: Journal): Tag[] {
  const defined = new Set(draft.tags.map((tag) => tag.name.toLowerCase()));
  const recreated: Tag[] = [];
  for (const name of draft.claims.flatMap((claim) => claim.tags)) {
    if (defined.has(name.toLowerCase())) continue;
    const tag = { name, color: RECREATED_TAG_COLOR };
    defined.add(name.toLowerCase());
    draft.tags.push(tag);
    journal.created('tag', name, tag);
    recreated.push(tag);
  }
  return recreated;
}
