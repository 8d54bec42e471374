// Appearances: the places a claim is made. One claim can be marked in many articles, or
// several times in one, and keeps at least one place, since its words are its subject.

import type { Params } from '../../shared/api';
import type { Appearance } from '../../shared/model';
import { orphansReplacedBy } from '../../shared/orphan-replacement';
import { ClaimdeskError } from '../../shared/rpc';
import { newId } from '../store';
import { findForUpdate, findOrFail, removeWhere } from './collections';
import type { ServiceContext } from './context';
import { checkedSelector } from './selection';

export async function addAppearance(ctx: ServiceContext, params: Params<'addAppearance'>): Promise<Appearance> {
  const article = await ctx.store.readArticle(params.articleId);
  const selector = checkedSelector(article, params.selector);
  return ctx.store.edit((draft, journal) => {
    findOrFail(draft, 'claims', params.claimId);
    const { start, end } = selector.position;
    const twin = draft.appearances.find(
      (other) =>
        other.claimId === params.claimId &&
        other.articleId === article.id &&
        other.selector.position.start === start &&
        other.selector.position.end === end,
    );
    if (twin) {
      throw new ClaimdeskError(
        'invalid-input',
        `The claim is already marked on these words in "${article.title}" (${twin.id}). Nothing was saved.`,
      );
    }
    const appearance: Appearance = {
      id: newId('app'),
      claimId: params.claimId,
      articleId: article.id,
      selector,
      status: 'anchored',
      createdAt: ctx.now(),
    };
    // Marked again where its words now are: the orphan is resolved, in the same edit (one undo).
    const replaced = new Set(orphansReplacedBy(draft.appearances, params.claimId, article.id));
    removeWhere(draft, 'appearances', (candidate) => replaced.has(candidate.id), journal);
    draft.appearances.push(appearance);
    journal.created('appearance', appearance.id, appearance);
    return appearance;
  });
}

export function deleteAppearance(ctx: ServiceContext, { id }: Params<'deleteAppearance'>): Promise<void> {
  return ctx.store.edit((draft, journal) => {
    const appearance = findOrFail(draft, 'appearances', id);
    if (!draft.appearances.some((other) => other.claimId === appearance.claimId && other.id !== id)) {
      throw new ClaimdeskError(
        'invalid-input',
        'This is the only place the claim is marked: without it the claim would have no words. ' +
          'Mark the claim somewhere else first, or delete the claim. Nothing was deleted.',
      );
    }
    removeWhere(draft, 'appearances', (candidate) => candidate.id === id, journal);
  });
}

/** The analyst accepts where re-anchoring placed a fuzzy appearance. */
export function confirmAppearance(ctx: ServiceContext, { id }: Params<'confirmAppearance'>): Promise<Appearance> {
  return ctx.store.edit((draft, journal) => {
    const appearance = findForUpdate(draft, 'appearances', id);
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
