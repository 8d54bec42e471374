// Version changes over the open case: what a re-imported page changed, and which
// versions changed the story without saying so. Both versions' texts never change, so
// each comparison is made once and kept.

import type { Params } from '../../shared/api';
import type { Appearance, ArticleSummary, Doc, Id } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';
import { selectorFor } from '../../shared/selector';
import { changeAt, type VersionChanges } from '../../shared/version-changes';
import { newWordsOf } from '../provenance/orphan-move';
import { versionChanges } from '../provenance/version-changes';
import { findForUpdate, findOrFail } from './collections';
import type { ServiceContext } from './context';

export class VersionComparisons {
  readonly #compared = new Map<Id, Promise<VersionChanges>>();

  constructor(private readonly readDoc: (articleId: Id) => Promise<Doc>) {}

  /** The changes from `article`'s previous version to it; the article must have one. */
  of(article: ArticleSummary & { previousVersionId: Id }): Promise<VersionChanges> {
    let compared = this.#compared.get(article.id);
    if (!compared) {
      const previousId = article.previousVersionId;
      compared = Promise.all([this.readDoc(previousId), this.readDoc(article.id)]).then(([before, after]) =>
        versionChanges({ id: previousId, doc: before }, { id: article.id, doc: after }),
      );
      // A failed read (a missing file) is not remembered, so a later request tries again.
      compared.catch(() => this.#compared.delete(article.id));
      this.#compared.set(article.id, compared);
    }
    return compared;
  }
}

export async function getVersionChanges(ctx: ServiceContext, { articleId }: Params<'getVersionChanges'>): Promise<VersionChanges> {
  return changesOf(ctx, findOrFail(ctx.store.data, 'articles', articleId));
}

function changesOf(ctx: ServiceContext, article: ArticleSummary): Promise<VersionChanges> {
  const { previousVersionId } = article;
  if (previousVersionId === null) {
    throw new ClaimdeskError(
      'invalid-input',
      `“${article.title}” (${article.id}) is the first version of its page: there is no earlier version to compare it with. Import the page again once it has changed.`,
    );
  }
  return ctx.versionComparisons.of({ ...article, previousVersionId });
}

/**
 * The articles whose version changed the story without a notice. A version whose text
 * (or its previous version's) cannot be read is left out: `claimdesk doctor` says why.
 */
export async function getSilentEdits(ctx: ServiceContext): Promise<Id[]> {
  const versions = ctx.store.data.articles.filter((article): article is ArticleSummary & { previousVersionId: Id } => article.previousVersionId !== null);
  const compared = await Promise.all(versions.map((article) => ctx.versionComparisons.of(article).catch(() => null)));
  return compared.filter((changes) => changes?.silent).map((changes) => changes!.articleId);
}

/**
 * Moves an appearance the new version orphaned onto the words that replaced its own:
 * the best match of its old words in the changed paragraph that held them. Refused when
 * that paragraph was removed, or says nothing close any more.
 */
export async function moveOrphan(ctx: ServiceContext, { id }: Params<'moveOrphan'>): Promise<Appearance> {
  const { selector: old, articleId, status } = findOrFail(ctx.store.data, 'appearances', id);
  if (status !== 'orphaned') {
    throw new ClaimdeskError('invalid-input', 'This appearance is not orphaned: its words are in the article already. Nothing was changed.');
  }
  const { changes } = await changesOf(ctx, findOrFail(ctx.store.data, 'articles', articleId));
  const index = changeAt(changes, old.position);
  const change = index === null ? undefined : changes[index];
  const position = change ? newWordsOf(old.quote.exact, change) : null;
  if (position === null) {
    throw new ClaimdeskError(
      'invalid-input',
      change?.kind === 'removed'
        ? 'The paragraph that held these words was removed in this version: there are no new words to move the claim onto. Nothing was changed.'
        : 'Nothing in this version says these words any more. Select the words in the article to mark the claim again. Nothing was changed.',
    );
  }
  const selector = selectorFor((await ctx.store.readArticle(articleId)).doc.text, position.start, position.end);
  return ctx.store.edit((draft, journal) => {
    const appearance = findForUpdate(draft, 'appearances', id);
    const before = structuredClone(appearance);
    appearance.selector = selector;
    appearance.status = 'anchored';
    journal.updated('appearance', id, before, appearance);
    return appearance;
  });
}
