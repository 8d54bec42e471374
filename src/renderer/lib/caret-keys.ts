// Caret mode, for selecting words without a mouse: which move a key press asks of the
// DOM selection (Selection.modify). As in any text field: arrows move by character,
// Ctrl+arrows (Option on a Mac) by word, Up and Down by line, Home and End to the
// line's edges; with Shift the selection extends instead of moving.

export interface CaretMove {
  alter: 'move' | 'extend';
  direction: 'forward' | 'backward';
  granularity: 'character' | 'word' | 'line' | 'lineboundary';
}

interface CaretKey {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

export function caretMove(event: CaretKey, mac: boolean): CaretMove | null {
  const byWord = mac ? event.altKey : event.ctrlKey;
  const stray = mac ? event.ctrlKey || event.metaKey : event.altKey || event.metaKey;
  if (stray) return null;
  const alter = event.shiftKey ? 'extend' : 'move';
  switch (event.key) {
    case 'ArrowRight':
      return { alter, direction: 'forward', granularity: byWord ? 'word' : 'character' };
    case 'ArrowLeft':
      return { alter, direction: 'backward', granularity: byWord ? 'word' : 'character' };
    case 'ArrowDown':
      return byWord ? null : { alter, direction: 'forward', granularity: 'line' };
    case 'ArrowUp':
      return byWord ? null : { alter, direction: 'backward', granularity: 'line' };
    case 'End':
      return byWord ? null : { alter, direction: 'forward', granularity: 'lineboundary' };
    case 'Home':
      return byWord ? null : { alter, direction: 'backward', granularity: 'lineboundary' };
    default:
      return null;
  }
}
