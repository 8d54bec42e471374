// Claims: created with their first appearance, described, and deleted with all that hangs on them.

import type { Params } from '../../shared/api';
import type { Appearance, Claim } from '../../shared/model';
import { newId } from '../store';
import { findForUpdate, findOrFail, removeWhere } from './collections';
import type { ServiceContext } from './context';
import { ensureTags, uniqueTags } from './tags';
import { applyPatch } from './patch';
import { checkedSelector } from './selection';

export async function createClaim(ctx: ServiceContext, params: Params<'createClaim'>) {
  const { articleId, selector, ...fields } = params;
  const placed = checkedSelector(await ctx.store.readArticle(articleId), selector);
  const now = ctx.now();
  const claim: Claim = {
    id: newId('clm'),
    statement: fields.statement ?? selector.quote.exact,
    claimant: fields.claimant ?? '',
    type: fields.type ?? 'factual',
    tags: uniqueTags(fields.tags ?? []),
    verdict: fields.verdict ?? 'unrated',
    confidence: fields.confidence ?? null,
    rationale: fields.rationale ?? '',
    createdAt: now,
    updatedAt: now,
  };
  const appearance: Appearance = {
    id: newId('app'),
    claimId: claim.id,
    articleId,
    selector: placed,
    status: 'anchored',
    createdAt: now,
  };
  return ctx.store.edit((draft, journal) => {
    draft.claims.push(claim);
    draft.appearances.push(appearance);
    journal.created('claim', claim.id, claim);
    journal.created('appearance', appearance.id, appearance);
    ensureTags(draft, journal, claim.tags);
    return { claim, appearance };
  });
}

export function updateClaim(ctx: ServiceContext, { id, patch }: Params<'updateClaim'>): Promise<Claim> {
  return ctx.store.edit((draft, journal) => {
    const claim = findForUpdate(draft, 'claims', id);
    const before = structuredClone(claim);
    applyPatch(claim, patch);
    claim.updatedAt = ctx.now();
    claim.tags = uniqueTags(claim.tags);
    journal.updated('claim', id, before, claim);
    ensureTags(draft, journal, claim.tags);
    return claim;
  });
}

/** Takes the claim's appearances and evidence links with it; each removal is in the history. */
export function deleteClaim(ctx: ServiceContext, { id }: Params<'deleteClaim'>): Promise<void> {
  return ctx.store.edit((draft, journal) => {
    findOrFail(draft, 'claims', id);
    removeWhere(draft, 'appearances', (appearance) => appearance.claimId === id, journal);
    removeWhere(draft, 'evidence', (evidence) => evidence.claimId === id, journal);
    removeWhere(draft, 'claims', (candidate) => candidate.id === id, journal);
  });
}
