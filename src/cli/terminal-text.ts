// What the CLI prints comes partly from files it was given: names, titles, messages.
// Printed raw, a control character in them is obeyed by the terminal (an ANSI escape
// recolours or rewrites the screen, a carriage return overwrites the line, a bidi
// override reverses "txt.exe") and a newline in a file name forges an output line.

/**
 * Characters a terminal acts on rather than shows, besides the C0 controls (U+0000 to
 * U+001F): DEL, the C1 controls, the bidirectional marks, embeddings, overrides and
 * isolates, and the Unicode line and paragraph separators.
 */
const ACTIVE_BEYOND_C0 = '\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069';
const CONTROLS = new RegExp(`[\\u0000-\\u001f${ACTIVE_BEYOND_C0}]`, 'g');
/** Newline and tab are the CLI's own line and column separators. */
const CONTROLS_BUT_LINES = new RegExp(`[\\u0000-\\u0008\\u000b-\\u001f${ACTIVE_BEYOND_C0}]`, 'g');
/** JSON.stringify escapes C0 controls in strings itself; those outside strings are its own line breaks. */
const ACTIVE_IN_JSON = new RegExp(`[${ACTIVE_BEYOND_C0}]`, 'g');
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The CLI's text output with every control character shown as an escape; its lines and columns stay. */
export function terminalText(text: string): string {
  return text.replace(CONTROLS_BUT_LINES, visible);
}

/** One value inside a line: newlines and tabs in it are shown as escapes too, so it cannot start a line or a column. */
export function oneLine(value: string): string {
  return value.replace(CONTROLS, visible);
}

/** JSON output, still valid JSON with the same values: the other active characters as \u escapes, which a terminal shows as text. */
export function terminalJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(ACTIVE_IN_JSON, (char) => `\\u${hex(char, 4)}`);
}

function visible(char: string): string {
  const code = char.charCodeAt(0);
  return NAMED[char] ?? (code <= 0xff ? `\\x${hex(char, 2)}` : `\\u${hex(char, 4)}`);
}

function hex(char: string, width: number): string {
  return char.charCodeAt(0).toString(16).padStart(width, '0');
}

/** One tab-separated output line, each field kept to its column. */
export function columns(fields: readonly string[]): string {
  return fields.map(oneLine).join('\t');
}
