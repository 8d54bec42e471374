// Keyboard shortcuts written the way a help panel shows them ("Mod+K", "Shift+?", "J"),
// and matched against key events. Mod is Cmd on macOS and Ctrl elsewhere.

import { isMac, isTextField } from './keys';

export interface Shortcut {
  key: string;
  mod?: boolean;
  alt?: boolean;
  /** Without it, Shift must be up for letters, digits and named keys, and is ignored for symbols. */
  shift?: boolean;
  /** Leaves text fields the key's own meaning there, even with Mod: Mod+Z undoes typing in a field. */
  notInTextFields?: boolean;
  /** A function key that acts wherever the focus is, in text fields too. */
  anywhere?: boolean;
}

export function matches(shortcut: Shortcut, event: KeyboardEvent): boolean {
  const mod = isMac ? event.metaKey : event.ctrlKey;
  if (mod !== (shortcut.mod ?? false) || event.altKey !== (shortcut.alt ?? false)) return false;
  // Letters, digits and named keys are distinct with Shift; a symbol such as "?" needs
  // Shift on one keyboard and not on another, so it matches either way unless told.
  const plainKey = /^[a-z0-9]$/i.test(shortcut.key) || shortcut.key.length > 1;
  if (event.shiftKey !== (shortcut.shift ?? (plainKey ? false : event.shiftKey))) return false;
  // Option turns a Mac's letters into other characters (⌥B is "∫"): there the key's place on the keyboard names it.
  const letter = /^[a-z]$/i.test(shortcut.key) && event.altKey && event.code === `Key${shortcut.key.toUpperCase()}`;
  if (event.key.toLowerCase() !== shortcut.key.toLowerCase() && !letter) return false;
  // Plain keys are typing inside text fields; only modified ones act there.
  return ((shortcut.mod ?? false) && !shortcut.notInTextFields) || shortcut.anywhere === true || !isTextField(event.target);
}

/** As a reader sees it: "⌘K" on a Mac, "Ctrl+K" elsewhere. */
export function describe(shortcut: Shortcut): string {
  const key = shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key;
  const parts = [
    ...(shortcut.mod ? [isMac ? '⌘' : 'Ctrl'] : []),
    ...(shortcut.alt ? [isMac ? '⌥' : 'Alt'] : []),
    ...(shortcut.shift ? [isMac ? '⇧' : 'Shift'] : []),
    key,
  ];
  return isMac ? parts.join('') : parts.join('+');
}

/** As aria-keyshortcuts wants it: "Control+Alt+B", or "Meta+Alt+B" on a Mac. */
export function ariaShortcut(shortcut: Shortcut): string {
  const key = shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key;
  return [...(shortcut.mod ? [isMac ? 'Meta' : 'Control'] : []), ...(shortcut.alt ? ['Alt'] : []), ...(shortcut.shift ? ['Shift'] : []), key].join('+');
}
