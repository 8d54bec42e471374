// Reading the case's article files for a report or a check, when one of them may be
// missing or damaged (deleted by hand, cut short by a full disk, garbled in a sync):
// that article is named as unreadable and everything else goes on.

import type { Article, ArticleSummary, CaseData, Id } from '../../shared/model';
import type { CaseStore } from '../store';

export interface ReadBodies {
  bodies: Map<Id, Article>;
  unreadable: Set<Id>;
}

export class ArticleBodies {
  /** Article files never change once written: one read that succeeded stands. */
  readonly #readable = new Set<Id>();

  constructor(private readonly store: CaseStore) {}

  async readAll(articles: readonly ArticleSummary[]): Promise<ReadBodies> {
    const bodies = new Map<Id, Article>();
    const unreadable = new Set<Id>();
    for (const { id } of articles) {
      const body = await this.#read(id);
      if (body) bodies.set(id, body);
      else unreadable.add(id);
    }
    return { bodies, unreadable };
  }

  /** The articles whose file cannot be read; files read well before are not read again. */
  async unreadable(data: Readonly<CaseData>): Promise<Set<Id>> {
    const unreadable = new Set<Id>();
    for (const { id } of data.articles) {
      if (!this.#readable.has(id) && !(await this.#read(id))) unreadable.add(id);
    }
    return unreadable;
  }

  async #read(id: Id): Promise<Article | null> {
    try {
      const body = await this.store.readArticle(id);
      this.#readable.add(id);
      return body;
    } catch {
      // Whatever the damage, the article is unreadable here; `claimdesk doctor` says what it is.
      return null;
    }
  }
}
