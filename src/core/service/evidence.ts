// Evidence: a source linked to a claim, with how it bears on it and how credible it is.
// The source may be a loaded article, cited by a passage the analyst selected in it.

import type { Params } from '../../shared/api';
import type { Evidence, Passage } from '../../shared/model';
import { newId } from '../store';
import { findForUpdate, findOrFail, removeWhere } from './collections';
import type { ServiceContext } from './context';
import { applyPatch } from './patch';
import { checkedSelector } from './selection';
import { sourceOfArticle } from './sources';

/** Unjudged until the analyst grades it: 6 is "cannot be judged" on the Admiralty scale. */
const DEFAULT_CREDIBILITY = 6;

export async function linkEvidence(ctx: ServiceContext, params: Params<'linkEvidence'>): Promise<Evidence> {
  const passage: Passage | null = params.passage
    ? {
        articleId: params.passage.articleId,
        selector: checkedSelector(await ctx.store.readArticle(params.passage.articleId), params.passage.selector),
      }
    : null;
  return ctx.store.edit((draft, journal) => {
    findOrFail(draft, 'claims', params.claimId);
    // The API accepts exactly one of the two, so without a passage there is a source id.
    const source = passage
      ? sourceOfArticle(draft, journal, findOrFail(draft, 'articles', passage.articleId))
      : findOrFail(draft, 'sources', params.sourceId!);
    const evidence: Evidence = {
      id: newId('evd'),
      claimId: params.claimId,
      sourceId: source.id,
      relation: params.relation ?? 'context',
      credibility: params.credibility ?? DEFAULT_CREDIBILITY,
      excerpt: params.excerpt ?? passage?.selector.quote.exact ?? '',
      passage,
      note: params.note ?? '',
      createdAt: ctx.now(),
    };
    draft.evidence.push(evidence);
    journal.created('evidence', evidence.id, evidence);
    return evidence;
  });
}

export function updateEvidence(ctx: ServiceContext, { id, patch }: Params<'updateEvidence'>): Promise<Evidence> {
  return ctx.store.edit((draft, journal) => {
    const evidence = findForUpdate(draft, 'evidence', id);
    const before = structuredClone(evidence);
    applyPatch(evidence, patch);
    journal.updated('evidence', id, before, evidence);
    return evidence;
  });
}

export function unlinkEvidence(ctx: ServiceContext, { id }: Params<'unlinkEvidence'>): Promise<void> {
  return ctx.store.edit((draft, journal) => {
    findOrFail(draft, 'evidence', id);
    removeWhere(draft, 'evidence', (evidence) => evidence.id === id, journal);
  });
}
