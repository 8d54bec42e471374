// Keyboard conventions: which platform we are on, and whether a key press belongs to
// a text field (then it is typing, not a shortcut).

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Ctrl on Windows and Linux, Cmd on macOS. */
export function primaryModifier(event: KeyboardEvent | MouseEvent): boolean {
  return isMac ? event.metaKey : event.ctrlKey;
}

/** True when the element takes text input, so plain keys and paste are its own. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return !target.readOnly && !target.disabled;
  if (target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    const nonText = ['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color', 'image'];
    return !nonText.includes(target.type) && !target.readOnly && !target.disabled;
  }
  return false;
}

/**
 * The tag-claim shortcut: Ctrl/Cmd+Enter anywhere (Chromium gives it no meaning in a
 * page), or T alone outside text fields and selects (where T is typing).
 */
export function isTagShortcut(event: KeyboardEvent): boolean {
  if (event.altKey || event.shiftKey) return false;
  if (event.key === 'Enter') return primaryModifier(event);
  return (event.key === 't' || event.key === 'T') && !event.ctrlKey && !event.metaKey && !isTextField(event.target);
}

export const TAG_SHORTCUT_HINT = isMac ? 'T or ⌘↵' : 'T or Ctrl+Enter';

/** Ctrl/Cmd+F: search the whole case, as find does in any desktop app. */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  return primaryModifier(event) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f';
}

export const SEARCH_SHORTCUT_HINT = isMac ? '⌘F' : 'Ctrl+F';
