// Each article's sentences scored once and kept in memory: article text never changes,
// so a cached score never goes stale. Scoring starts on the first request for an article,
// or earlier, in the background: after an import and for the articles of a case just
// opened, so that the Suggestions toggle finds the scores ready.

import type { Doc, Id } from '../../shared/model';
import type { Suggestion } from '../../shared/suggestions';

/** Scores an article's sentences: on a worker thread in the app, in process in the CLI and tests. */
export type Scorer = (articleId: Id, doc: Doc) => Promise<Suggestion[]>;

export class ArticleScores {
  readonly #scored = new Map<Id, Promise<Suggestion[]>>();
  #stopped = false;

  /**
   * With `ahead` false (in process, where scoring would hold up the command that imports),
   * warm does nothing and articles are scored on request only.
   */
  constructor(
    private readonly scorer: Scorer,
    private readonly readDoc: (articleId: Id) => Promise<Doc>,
    private readonly ahead = true,
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

  /**
   * Scores these articles ahead of any request, one after the other: a request for another
   * article then waits behind one article at most. An article that fails is left for its
   * request to try again and say why.
   */
  async warm(articleIds: readonly Id[]): Promise<void> {
    for (const articleId of articleIds) {
      if (this.#stopped || !this.ahead) return;
      await this.of(articleId).catch(() => undefined);
    }
  }

  /** Ends the background scoring: the case is closing. */
  stop(): void {
    this.#stopped = true;
  }
}
