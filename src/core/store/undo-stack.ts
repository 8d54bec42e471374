// The session's undo and redo: each step keeps the whole case before and after one
// edit. The case data is frozen once saved, so a step holds references, not copies.

import type { CaseData } from '../../shared/model';
import type { UndoState } from '../../shared/undo-state';

export interface UndoStep {
  label: string;
  before: Readonly<CaseData>;
  after: Readonly<CaseData>;
}

export type Direction = 'undo' | 'redo';

/** Older steps are forgotten past this many, as desktop apps do, to bound memory. */
export const MAX_UNDO_STEPS = 100;

export class UndoStack {
  private readonly done: UndoStep[] = [];
  private readonly undone: UndoStep[] = [];

  /** A new edit: it can be undone, and what was undone before it can no longer be redone. */
  record(step: UndoStep): void {
    this.done.push(step);
    if (this.done.length > MAX_UNDO_STEPS) this.done.shift();
    this.undone.length = 0;
  }

  /** The step an undo or a redo would take, if any. */
  next(direction: Direction): UndoStep | null {
    const stack = direction === 'undo' ? this.done : this.undone;
    return stack.at(-1) ?? null;
  }

  /** Call once the step next() gave has been applied. */
  moved(direction: Direction): void {
    const [from, to] = direction === 'undo' ? [this.done, this.undone] : [this.undone, this.done];
    const step = from.pop();
    if (step) to.push(step);
  }

  /** The case was replaced from elsewhere (a sync): no step leads back to it. */
  clear(): void {
    this.done.length = 0;
    this.undone.length = 0;
  }

  get state(): UndoState {
    return { undo: this.next('undo')?.label ?? null, redo: this.next('redo')?.label ?? null };
  }
}
