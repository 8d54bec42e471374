// Claims and the appearances that anchor them in articles.

import type { Params } from '../../shared/api';
import { QUOTE_CONTEXT, type Appearance, type Claim } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';
import { newId } from '../store';
import { findOrFail, removeWhere } from './collections';
import type { ServiceContext } from './context';
import { ensureTags, uniqueTags } from './tags';
import { applyPatch } from './patch';

export async function createClaim(ctx: ServiceContext, params: Params<'createClaim'>) {
  const { articleId, selector, ...fields } = params;
  const article = await ctx.store.readArticle(articleId);
  const { start, end } = selector.position;
  if (end <= start || end > article.doc.text.length || article.doc.text.slice(start, end) !== selector.quote.exact) {
    throw new ClaimdeskError('invalid-input', `The selected words are not at that place in "${article.title}". Nothing was saved.`);
  }
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
    selector: {
      position: { start, end },
      quote: {
        exact: selector.quote.exact,
        prefix: selector.quote.prefix.slice(-QUOTE_CONTEXT),
        suffix: selector.quote.suffix.slice(0, QUOTE_CONTEXT),
      },
    },
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
    const claim = findOrFail(draft, 'claims', id);
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

/** The analyst accepts where re-anchoring placed a fuzzy appearance. */
export function confirmAppearance(ctx: ServiceContext, { id }: Params<'confirmAppearance'>): Promise<Appearance> {
  return ctx.store.edit((draft, journal) => {
    const appearance = findOrFail(draft, 'appearances', id);
    if (appearance.status === 'orphaned') {
      throw new ClaimdeskError(
        'invalid-input',
        'This appearance is orphaned: its words are not in the article, so there is no place to confirm. ' +
          'Select the words in the article to mark the claim again.',
      );
    }
    if (appearance.status === 'fuzzy') {
      const before = structuredClone(appearance);
      appearance.status = 'anchored';
      journal.updated('appearance', id, before, appearance);
    }
    return appearance;
  });
}
