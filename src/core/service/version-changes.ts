// Version changes over the open case: what a re-imported page changed, and which
// versions changed the story without saying so. Both versions' texts never change, so
// each comparison is made once and kept.

import type { Params } from '../../shared/api';
import type { ArticleSummary, Doc, Id } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';
import type { VersionChanges } from '../../shared/version-changes';
import { versionChanges } from '../provenance/version-changes';
import { findOrFail } from './collections';
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
  const article = findOrFail(ctx.store.data, 'articles', articleId);
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
