// Putting user and imported text into Markdown as text, never as structure.

/**
 * Characters that start inline structure anywhere on a line: code, emphasis, links,
 * entities, strikethrough, table cells, and headings' closing hashes. CommonMark lets
 * any ASCII punctuation be escaped with a backslash.
 */
const INLINE_MARKUP = /[\\`*_[\]>&|~#]/g;
/**
 * The start of raw HTML, written as a character reference: a backslash before it can be
 * taken into a GFM autolink just before ("https://x.example\\<img …>"), freeing the "<".
 */
const TAG_OPEN = /</g;
/**
 * Block markers that only count at the start of a line: a bullet before a space, a
 * run that could be a thematic break or setext underline…
 */
const LINE_START_MARK = /^( ?)([-+=])(?=\s|$|[-+=])/;
/** …and an ordered-list number, whose period or parenthesis is the marker. */
const LINE_START_NUMBER = /^( ?)(\d{1,9})([.)])(?=\s|$)/;

/**
 * Anything escapeMarkdown() would change in the middle of a line: a markup character,
 * whitespace other than a space, or two spaces. Most quotes and titles have none, and a
 * report writes tens of thousands of them.
 */
const ANYTHING_INLINE = /[\\`*_[\]>&|~#<]|[^\S ]| {2}/;

/**
 * Text as one line of literal Markdown: whitespace runs become one space (a newline
 * could end a table row or a blockquote) and every markup character is escaped. A
 * leading block marker is escaped too, since the text may open a line or a container.
 */
export function escapeMarkdown(text: string): string {
  if (!ANYTHING_INLINE.test(text) && !LINE_START_MARK.test(text) && !LINE_START_NUMBER.test(text)) return text;
  return text
    .replace(/\s+/g, ' ')
    .replace(INLINE_MARKUP, '\\$&')
    .replace(TAG_OPEN, '&lt;')
    .replace(LINE_START_MARK, '$1\\$2')
    .replace(LINE_START_NUMBER, '$1$2\\$3');
}

/** A code span that holds any text: its fence is longer than any backtick run inside. */
export function inlineCode(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const padding = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${padding}${text.replace(/\s+/g, ' ')}${padding}${fence}`;
}

/** Plain text, possibly in paragraphs, as a blockquote whose lines cannot escape it. */
export function blockquote(text: string, indent = ''): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => `${indent}> ${escapeMarkdown(paragraph.trim())}`)
    .join(`\n${indent}>\n`);
}
