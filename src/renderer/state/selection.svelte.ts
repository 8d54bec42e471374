// The text the analyst has selected in a reading pane, already mapped to Doc.text. The
// reading area keeps it current (selectionchange, mouseup, keyup); "Tag claim" reads it.

import type { Article, Id } from '../../shared/model';
import { readSelection, type PaneSelection } from '../lib/read-selection';

export type ArticleSelection = PaneSelection;

class SelectionState {
  current = $state.raw<ArticleSelection | null>(null);
  #articles: () => Readonly<Record<Id, Article>> = () => ({});

  get active(): boolean {
    return this.current !== null;
  }

  /** Called once by the reading area: where to find the loaded article bodies. */
  attach(articles: () => Readonly<Record<Id, Article>>): () => void {
    this.#articles = articles;
    return () => {
      this.#articles = () => ({});
      this.current = null;
    };
  }

  /** Reads the DOM selection again. */
  refresh(): ArticleSelection | null {
    this.current = readSelection(this.#articles());
    return this.current;
  }

  clear(): void {
    this.current = null;
    document.getSelection()?.removeAllRanges();
  }
}

export const selection = new SelectionState();
