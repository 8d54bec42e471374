// @vitest-environment jsdom
import { describe as group, expect, it } from 'vitest';
import { ariaShortcut, describe, matches } from './shortcut';

function key(init: KeyboardEventInit, target: Element = document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

group('shortcuts', () => {
  it('matches a plain key outside text fields only', () => {
    expect(matches({ key: 'j' }, key({ key: 'j' }))).toBe(true);
    expect(matches({ key: 'j' }, key({ key: 'J' }))).toBe(true);
    expect(matches({ key: 'j' }, key({ key: 'j' }, document.createElement('textarea')))).toBe(false);
    expect(matches({ key: 'j' }, key({ key: 'j', ctrlKey: true }))).toBe(false);
    expect(matches({ key: 't' }, key({ key: 'T', shiftKey: true }))).toBe(false);
    expect(matches({ key: '?' }, key({ key: '?', shiftKey: true }))).toBe(true);
  });

  it('matches a modified key in text fields too', () => {
    const field = document.createElement('input');
    expect(matches({ key: 'k', mod: true }, key({ key: 'k', ctrlKey: true }, field))).toBe(true);
    expect(matches({ key: 'Enter', mod: true }, key({ key: 'Enter', ctrlKey: true }, document.createElement('select')))).toBe(true);
    expect(matches({ key: 'Enter', mod: true }, key({ key: 'Enter' }))).toBe(false);
    expect(matches({ key: 'z', mod: true, shift: true }, key({ key: 'Z', ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(matches({ key: 'z', mod: true, shift: false }, key({ key: 'z', ctrlKey: true, shiftKey: true }))).toBe(false);
  });

  it('leaves Mod+Z to a text field, where it undoes typing', () => {
    const undo = { key: 'z', mod: true, notInTextFields: true };
    expect(matches(undo, key({ key: 'z', ctrlKey: true }))).toBe(true);
    expect(matches(undo, key({ key: 'z', ctrlKey: true }, document.createElement('textarea')))).toBe(false);
  });

  it('matches a function key meant for anywhere inside a text field, and a plain one only outside', () => {
    const field = document.createElement('textarea');
    expect(matches({ key: 'F7', anywhere: true }, key({ key: 'F7' }, field))).toBe(true);
    expect(matches({ key: 'F7' }, key({ key: 'F7' }, field))).toBe(false);
    expect(matches({ key: 'F7', anywhere: true }, key({ key: 'F7', shiftKey: true }, field))).toBe(false);
  });

  it('knows a letter typed with Alt by its place on the keyboard', () => {
    expect(matches({ key: 'b', mod: true, alt: true }, key({ key: '∫', code: 'KeyB', ctrlKey: true, altKey: true }))).toBe(true);
    expect(matches({ key: 'b', mod: true }, key({ key: 'x', code: 'KeyB', ctrlKey: true }))).toBe(false);
  });

  it('is written as the platform writes it', () => {
    expect(describe({ key: 'k', mod: true })).toBe('Ctrl+K');
    expect(describe({ key: 'z', mod: true, shift: true })).toBe('Ctrl+Shift+Z');
    expect(describe({ key: 'Enter', mod: true })).toBe('Ctrl+Enter');
  });

  it('is announced to assistive technology with the names aria-keyshortcuts wants', () => {
    expect(ariaShortcut({ key: 'b', mod: true, alt: true })).toBe('Control+Alt+B');
    expect(ariaShortcut({ key: 'f', mod: true, shift: true })).toBe('Control+Shift+F');
    expect(ariaShortcut({ key: 'Escape' })).toBe('Escape');
  });
});
