// The fingerprint index of the open case's articles, brought up to date when asked:
// articles imported since are read and added, deleted ones dropped. An article whose
// file cannot be read is left out (the report names it as unreadable).

import type { CaseData, Id } from '../../shared/model';
import { FingerprintIndex } from '../provenance/fingerprint-index';

export class CaseFingerprints {
  readonly #index = new FingerprintIndex();
  /** One update at a time: two callers asking at once would each read every new article. */
  #updating: Promise<unknown> = Promise.resolve();

  constructor(private readonly readText: (articleId: Id) => Promise<string>) {}

  /** Reads one article at a time, so the case answers other calls meanwhile. */
  current(data: Readonly<CaseData>): Promise<FingerprintIndex> {
    const updated = this.#updating.then(() => this.#update(data));
    this.#updating = updated.catch(() => undefined);
    return updated;
  }

  async #update(data: Readonly<CaseData>): Promise<FingerprintIndex> {
    const ids = new Set(data.articles.map((article) => article.id));
    for (const id of this.#index.ids()) if (!ids.has(id)) this.#index.remove(id);
    for (const id of ids) {
      if (this.#index.has(id)) continue;
      const text = await this.readText(id).catch(() => null);
      if (text !== null) this.#index.add(id, text);
    }
    return this.#index;
  }
}
