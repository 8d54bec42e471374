import { describe, expect, it } from 'vitest';
import { caretMove } from './caret-keys';

const key = (name: string, mods: Partial<Record<'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey', boolean>> = {}) => ({
  key: name,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...mods,
});

describe('caretMove', () => {
  it('moves by character with the arrows and extends with Shift', () => {
    expect(caretMove(key('ArrowRight'), false)).toEqual({ alter: 'move', direction: 'forward', granularity: 'character' });
    expect(caretMove(key('ArrowLeft', { shiftKey: true }), false)).toEqual({
      alter: 'extend',
      direction: 'backward',
      granularity: 'character',
    });
  });

  it('moves by word with Ctrl, or Option on a Mac', () => {
    expect(caretMove(key('ArrowRight', { ctrlKey: true, shiftKey: true }), false)).toEqual({
      alter: 'extend',
      direction: 'forward',
      granularity: 'word',
    });
    expect(caretMove(key('ArrowLeft', { altKey: true }), true)?.granularity).toBe('word');
  });

  it('moves by line and to the line’s edges', () => {
    expect(caretMove(key('ArrowDown'), false)).toEqual({ alter: 'move', direction: 'forward', granularity: 'line' });
    expect(caretMove(key('Home', { shiftKey: true }), true)).toEqual({
      alter: 'extend',
      direction: 'backward',
      granularity: 'lineboundary',
    });
  });

  it('leaves other keys and other modifiers to their own meaning', () => {
    expect(caretMove(key('t'), false)).toBeNull();
    expect(caretMove(key('ArrowRight', { altKey: true }), false)).toBeNull();
    expect(caretMove(key('ArrowRight', { metaKey: true }), true)).toBeNull();
  });
});
