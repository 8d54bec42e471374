// The Chromium that prints a report runs no script in it, whatever the HTML holds. No
// command-line switch can say so (with --blink-settings=scriptEnabled=false headless
// Chromium prints nothing at all), so the page says it: a Content-Security-Policy ahead
// of everything else in the document, which no policy later in it can loosen.

/** Scripts, plugins and frames: every way a page could run code. */
export const NO_SCRIPTS_POLICY = "script-src 'none'; object-src 'none'; frame-src 'none'";
const NO_SCRIPTS_META = `<meta http-equiv="Content-Security-Policy" content="${NO_SCRIPTS_POLICY}">`;
/** A doctype must stay first, or Chromium lays the page out in quirks mode. */
const LEADING_DOCTYPE = /^\uFEFF?\s*<!doctype[^>]*>/i;

/** The same page, its first element a policy that forbids every script. */
export function withScriptsOff(html: string): string {
  const doctype = LEADING_DOCTYPE.exec(html)?.[0] ?? '';
  return `${doctype}${NO_SCRIPTS_META}${html.slice(doctype.length)}`;
}
