// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isSearchShortcut, isTagShortcut, isTextField } from './keys';

function key(init: KeyboardEventInit, target: Element = document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

describe('keyboard conventions', () => {
  it('knows text fields from other controls', () => {
    const input = document.createElement('input');
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect(isTextField(input)).toBe(true);
    expect(isTextField(document.createElement('textarea'))).toBe(true);
    expect(isTextField(document.createElement('select'))).toBe(true);
    expect(isTextField(checkbox)).toBe(false);
    expect(isTextField(document.createElement('button'))).toBe(false);
    expect(isTextField(null)).toBe(false);
  });

  it('takes T only outside text fields', () => {
    expect(isTagShortcut(key({ key: 't' }))).toBe(true);
    expect(isTagShortcut(key({ key: 't' }, document.createElement('textarea')))).toBe(false);
    expect(isTagShortcut(key({ key: 't', ctrlKey: true }))).toBe(false);
    expect(isTagShortcut(key({ key: 'T', shiftKey: true }))).toBe(false);
  });

  it('takes Ctrl+Enter anywhere (jsdom is not a Mac)', () => {
    expect(isTagShortcut(key({ key: 'Enter', ctrlKey: true }))).toBe(true);
    expect(isTagShortcut(key({ key: 'Enter', ctrlKey: true }, document.createElement('select')))).toBe(true);
    expect(isTagShortcut(key({ key: 'Enter' }))).toBe(false);
  });

  it('searches the case with Ctrl/Cmd+F, even from a text field', () => {
    const field = document.createElement('textarea');
    expect(isSearchShortcut(key({ key: 'f', ctrlKey: true }, field))).toBe(true);
    expect(isSearchShortcut(key({ key: 'F', ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(key({ key: 'f' }))).toBe(false);
    expect(isSearchShortcut(key({ key: 'f', ctrlKey: true, shiftKey: true }))).toBe(false);
  });
});
