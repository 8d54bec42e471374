// JSON-LD as publishers use it: pasted inside <script type="application/ld+json">.
// The HTML parser ends that element at the first "</script" whatever the JSON means,
// so a statement quoting "</script><script>…" would run on the publishing page.

/**
 * Characters the HTML parser reads inside a script element (`<`, `>`, `&`), and the two
 * line separators old JavaScript parsers refused in strings, as JSON's \u escapes.
 * JSON.parse gives back exactly the same strings.
 */
const SCRIPT_SENSITIVE = /[<>&\u2028\u2029]/g;

/** The value as indented JSON (with a final newline) that cannot end the script element it is embedded in. */
export function jsonLdText(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(SCRIPT_SENSITIVE, unicodeEscape)}\n`;
}

function unicodeEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
