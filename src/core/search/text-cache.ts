// Article texts a search shows its hits from: the most recently used ones are kept, so
// repeating or refining a search reads no file, and memory does not grow with the case.

import type { Id } from '../../shared/model';

/** About a megabyte of typical news articles. */
const KEPT_TEXTS = 256;

export class TextCache {
  /** In order of use, least recent first. */
  private readonly texts = new Map<Id, string>();

  constructor(
    private readonly readText: (articleId: Id) => Promise<string>,
    private readonly capacity = KEPT_TEXTS,
  ) {}

  async read(articleId: Id): Promise<string> {
    const kept = this.texts.get(articleId);
    const text = kept ?? (await this.readText(articleId));
    this.texts.delete(articleId);
    this.texts.set(articleId, text);
    if (this.texts.size > this.capacity) this.texts.delete(this.texts.keys().next().value!);
    return text;
  }
}
