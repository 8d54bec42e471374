// The text the analyst has selected in the article pane, already mapped to Doc.text.
// The pane keeps it current (selectionchange, mouseup, keyup); "Tag claim" reads it.

import type { Id } from '../../shared/model';

export interface ArticleSelection {
  articleId: Id;
  start: number;
  end: number;
  /** Where to float the "Tag claim" button, in the article scroller's coordinates. */
  anchor: { top: number; left: number } | null;
}

class SelectionState {
  current = $state.raw<ArticleSelection | null>(null);
  /** Set by the article pane: re-reads the DOM selection now. */
  #reader: (() => ArticleSelection | null) | null = null;

  get active(): boolean {
    return this.current !== null;
  }

  attach(reader: () => ArticleSelection | null): () => void {
    this.#reader = reader;
    return () => {
      if (this.#reader === reader) this.#reader = null;
      this.current = null;
    };
  }

  /** Reads the DOM selection again; keeps the last known one when no reader is attached. */
  refresh(): ArticleSelection | null {
    if (this.#reader) this.current = this.#reader();
    return this.current;
  }

  clear(): void {
    this.current = null;
    document.getSelection()?.removeAllRanges();
  }
}

export const selection = new SelectionState();
