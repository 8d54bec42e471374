// Caret mode: a keyboard user selects words in a reading pane as in a text field, then
// tags them with T. The caret is the DOM selection, collapsed, moved with
// Selection.modify; it is drawn by the pane, since the browser draws no caret in text
// that cannot be edited.

import { caretMove } from '../lib/caret-keys';
import { isMac } from '../lib/keys';
import { selection } from './selection.svelte';

export interface CaretBox {
  top: number;
  left: number;
  height: number;
}

const SEGMENT = '[data-offset]';

function bodyOf(pane: number): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.doc-body[data-pane="${pane}"]`);
}

class CaretMode {
  /** The pane in caret mode, or null. */
  pane = $state<number | null>(null);
  /** Where to draw the caret, in the pane scroller's coordinates; null while words are selected. */
  box = $state<CaretBox | null>(null);

  /** F7: into caret mode in the pane; back to the pane from elsewhere; out when already there. */
  toggle(pane: number): void {
    const here = this.pane === pane && bodyOf(pane)?.closest('.scroller')?.contains(document.activeElement);
    if (here) this.leave();
    else this.enter(pane);
  }

  enter(pane: number): void {
    const body = bodyOf(pane);
    const scroller = body?.closest<HTMLElement>('.scroller');
    if (!body || !scroller) return;
    this.pane = pane;
    selection.keepCaret = true;
    scroller.focus({ preventScroll: true });
    const current = document.getSelection();
    if (!current?.anchorNode || !body.contains(current.anchorNode)) placeAtFirstVisible(body, scroller);
    this.track();
  }

  leave(): void {
    this.pane = null;
    this.box = null;
    selection.keepCaret = false;
  }

  /** Moves or extends the selection for a caret key pressed in the pane; false for any other key. */
  handle(event: KeyboardEvent): boolean {
    if (this.pane === null) return false;
    const body = bodyOf(this.pane);
    if (!body?.closest('.scroller')?.contains(document.activeElement)) return false;
    const move = caretMove(event, isMac);
    const current = document.getSelection();
    if (!move || !current) return false;
    if (!current.anchorNode || !body.contains(current.anchorNode)) placeAtFirstVisible(body, body.closest('.scroller')!);
    current.modify(move.alter, move.direction, move.granularity);
    current.focusNode?.parentElement?.scrollIntoView({ block: 'nearest' });
    this.track();
    return true;
  }

  /** Follows the selection, wherever it was moved from (keys, a click, a tag). */
  track(): void {
    if (this.pane === null) return;
    const current = document.getSelection();
    const body = bodyOf(this.pane);
    const scroller = body?.closest('.scroller');
    if (!current?.isCollapsed || !current.focusNode || !body?.contains(current.focusNode) || !scroller) {
      this.box = null;
      return;
    }
    const rect = current.getRangeAt(0).getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    this.box = { top: rect.top - view.top + scroller.scrollTop, left: rect.left - view.left + scroller.scrollLeft, height: rect.height || 20 };
  }
}

/** A collapsed selection at the start of the first line of text in view. */
function placeAtFirstVisible(body: HTMLElement, scroller: Element): void {
  const top = scroller.getBoundingClientRect().top;
  const segments = [...body.querySelectorAll(SEGMENT)];
  const first = segments.find((segment) => segment.getBoundingClientRect().bottom > top) ?? segments[0];
  const text = first?.firstChild;
  if (!text) return;
  document.getSelection()?.collapse(text, 0);
}

export const caret = new CaretMode();
