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

export const TAG_SHORTCUT_HINT = isMac ? 'T or ⌘↵' : 'T or Ctrl+Enter';
