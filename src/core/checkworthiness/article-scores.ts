// Each article's sentences scored once and kept in memory: article text never changes,
// so a cached score never goes stale. Scoring starts on the first request for an article.

import type { Doc, Id } from '../../shared/model';
import type { Suggestion } from '../../shared/suggestions';

/** Scores an article's sentences: on a worker thread in the app, in process in the CLI and tests. */
export type Scorer = (articleId: Id, doc: Doc) => Promise<Suggestion[]>;

export class ArticleScores {
  readonly #scored = new Map<Id, Promise<Suggestion[]>>();

  constructor(
    private readonly scorer: Scorer,
    private readonly readDoc: (articleId: Id) => Promise<Doc>,
  ) {}

  /** Every sentence of the article, in reading order. */
  of(articleId: Id): Promise<Suggestion[]> {
    let scored = this.#scored.get(articleId);
    if (!scored) {
      scored = this.readDoc(articleId).then((doc) => this.scorer(articleId, doc));
      // A failed read (a missing file) is not remembered, so a later request tries again.
      scored.catch(() => this.#scored.delete(articleId));
      this.#scored.set(articleId, scored);
    }
    return scored;
  }
}
