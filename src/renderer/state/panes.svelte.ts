// Which articles are open where: the reading panes, their tabs, the focused pane. The
// layout is saved with the case (debounced; it is view state, not an edit) and
// restored when the case opens.

import type { ChangesMode, DeskLayout, Id, Layout } from '../../shared/model';
import { api } from '../lib/api';
import {
  closePane,
  closeTab,
  deskOf,
  EMPTY_LAYOUT,
  MAX_PANES,
  openInNewPane,
  openInPane,
  rememberScroll,
  resizeBorder,
  restoreLayout,
  shownPanes,
  stepTextScale,
  withDesk,
  withoutArticle,
} from '../lib/layout';

const SAVE_DELAY_MS = 600;

class PanesState {
  layout = $state.raw<Layout>(EMPTY_LAYOUT);
  /** The pane that the sidebar, the claims list and keyboard commands act on. */
  focused = $state(0);
  #saveTimer: ReturnType<typeof setTimeout> | undefined;

  readonly count = $derived(this.layout.panes.length);
  readonly canSplit = $derived(this.layout.panes.length < MAX_PANES);
  /** What is folded, and whether focus mode is on. */
  readonly desk: DeskLayout = $derived(deskOf(this.layout));
  /** The panes on screen, by index: all of them but in focus mode. */
  readonly visible: number[] = $derived(shownPanes(this.layout, this.focused));

  /** The article shown in the focused pane. */
  get focusedArticleId(): Id | null {
    return this.layout.panes[this.focused]?.active ?? null;
  }

  /** The article ids shown right now, in any pane. */
  get shown(): Id[] {
    return this.layout.panes.map((pane) => pane.active).filter((id): id is Id => id !== null);
  }

  restore(saved: Layout | null | undefined, articleIds: ReadonlySet<Id>): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    this.layout = restoreLayout(saved, articleIds);
    this.focused = 0;
  }

  focus(index: number): void {
    if (index >= 0 && index < this.layout.panes.length) this.focused = index;
  }

  /** Opens an article in a pane (the focused one by default) and focuses that pane. */
  open(articleId: Id, index = this.focused): void {
    this.#change(openInPane(this.layout, index, articleId));
    this.focused = index;
  }

  openInNewPane(articleId: Id): void {
    const { layout, index } = openInNewPane(this.layout, articleId);
    this.#change(layout);
    this.focused = index;
  }

  /** The pane showing the article, preferring the focused one; -1 when none does. */
  paneShowing(articleId: Id): number {
    if (this.layout.panes[this.focused]?.active === articleId) return this.focused;
    return this.layout.panes.findIndex((pane) => pane.active === articleId);
  }

  closeTab(index: number, articleId: Id): void {
    this.#change(closeTab(this.layout, index, articleId));
  }

  closePane(index: number): void {
    this.#change(closePane(this.layout, index));
  }

  resize(index: number, delta: number): void {
    this.#change(resizeBorder(this.layout, index, delta));
  }

  /** Folds or unfolds the case sidebar or the inspector. */
  fold(part: 'sidebar' | 'inspector', folded: boolean): void {
    this.#change(withDesk(this.layout, part === 'sidebar' ? { sidebarFolded: folded } : { inspectorFolded: folded }));
  }

  /** How the Changes view shows a version, from now on. */
  setChangesMode(changes: ChangesMode): void {
    this.#change(withDesk(this.layout, { changes }));
  }

  /** Focus mode on the focused pane (1), it and its neighbour (2), or off (null). */
  setFocus(focus: DeskLayout['focus']): void {
    this.#change(withDesk(this.layout, { focus }));
  }

  /** Larger (1) or smaller (-1) text in a pane, or the usual size (0). */
  stepText(index: number, step: 1 | -1 | 0): void {
    this.#change(stepTextScale(this.layout, index, step));
  }

  rememberScroll(index: number, articleId: Id, top: number): void {
    if (this.layout.panes[index]?.scroll[articleId] === Math.round(top)) return;
    this.#change(rememberScroll(this.layout, index, articleId, top));
  }

  forget(articleId: Id): void {
    this.#change(withoutArticle(this.layout, articleId));
  }

  /** Saves now what has not been saved yet: when the window goes away. */
  flush(): void {
    if (this.#saveTimer === undefined) return;
    clearTimeout(this.#saveTimer);
    void this.#save();
  }

  /**
   * Saves at most SAVE_DELAY_MS after a change, however many follow it: a burst of
   * changes (tabs, scrolling) is one write, and none waits for the burst to end.
   */
  #change(layout: Layout): void {
    if (layout === this.layout) return;
    this.layout = layout;
    this.focused = Math.min(this.focused, layout.panes.length - 1);
    this.#saveTimer ??= setTimeout(() => void this.#save(), SAVE_DELAY_MS);
  }

  /** A layout that fails to save costs the analyst nothing but the arrangement: no alarm. */
  async #save(): Promise<void> {
    this.#saveTimer = undefined;
    try {
      await api.saveLayout({ layout: this.layout });
    } catch (error) {
      console.warn('The pane layout was not saved:', error);
    }
  }
}

export const panes = new PanesState();
