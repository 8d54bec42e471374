// The text the analyst has selected in a reading pane, already mapped to Doc.text. The
// reading area keeps it current (selectionchange, pointer up, keyup); "Tag claim" reads
// it. While the pointer is still down the selection is not finished, so no toolbar
// floats over the words the pointer is about to cross.

import type { Article, Id } from '../../shared/model';
import { readSelection, type PaneSelection } from '../lib/read-selection';

export type ArticleSelection = PaneSelection;

class SelectionState {
  current = $state.raw<ArticleSelection | null>(null);
  /** Why the words selected now cannot be tagged; null when they can or nothing is selected. */
  problem = $state<string | null>(null);
  /** True from a pointer press in an article's text until its release. */
  dragging = $state(false);
  /** In caret mode, clearing the selection leaves the caret where the words ended. */
  keepCaret = false;
  #articles: () => Readonly<Record<Id, Article>> = () => ({});

  get active(): boolean {
    return this.current !== null;
  }

  /** The selection toolbar shows once a selection is finished. */
  get settled(): ArticleSelection | null {
    return this.dragging ? null : this.current;
  }

  /** Called once by the reading area: where to find the loaded article bodies. */
  attach(articles: () => Readonly<Record<Id, Article>>): () => void {
    this.#articles = articles;
    return () => {
      this.#articles = () => ({});
      this.current = null;
      this.problem = null;
    };
  }

  /** Reads the DOM selection again. */
  refresh(): ArticleSelection | null {
    const reading = readSelection(this.#articles());
    this.current = reading.kind === 'usable' ? reading.selection : null;
    this.problem = reading.kind === 'unusable' ? reading.reason : null;
    return this.current;
  }

  clear(): void {
    this.current = null;
    this.problem = null;
    const dom = document.getSelection();
    if (this.keepCaret && dom?.rangeCount) dom.collapseToEnd();
    else dom?.removeAllRanges();
  }
}

export const selection = new SelectionState();
