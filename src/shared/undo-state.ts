/** What Undo and Redo would do now, named as the menu shows it ("Tag claim"); null when nothing. */
export interface UndoState {
  undo: string | null;
  redo: string | null;
}
