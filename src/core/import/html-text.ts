// Raw HTML inside Markdown is never rendered: its tags are dropped and its character
// references decoded, which is all a plain-text reading needs. The result is text for
// the document model, never markup, so regular expressions are enough here.

/** The named references people actually type; any other name is left as written. */
const NAMED_REFERENCES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  plusmn: '±',
  times: '×',
  divide: '÷',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  sect: '§',
  para: '¶',
};

const REFERENCE = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g;
/** Elements whose content is code or data, not text. */
const HIDDEN_CONTENT = /<(script|style|template|textarea|svg|math|iframe|object|noscript)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
/** Tags that separate words on a page; other tags sit inside words ("<b>C</b>afé"). */
const SEPARATING_TAG = /<\/?(?:br|p|div|li|ul|ol|h[1-6]|td|th|tr|table|blockquote|pre|hr|dd|dt|section|article)\b[^>]*>/gi;

export function decodeReferences(text: string): string {
  return text.replace(REFERENCE, (reference, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED_REFERENCES[name] ?? reference;
    const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? '', 16);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return String.fromCodePoint(valid ? code : 0xfffd);
  });
}

/** The words of an HTML snippet, without its tags, comments, scripts or styles. */
export function htmlToPlainText(html: string): string {
  const withoutCode = html.replace(/<!--[\s\S]*?(?:-->|$)/g, '').replace(HIDDEN_CONTENT, ' ');
  return decodeReferences(withoutCode.replace(SEPARATING_TAG, ' ').replace(/<\/?[a-zA-Z][^>]*>/g, ''));
}

/** An inline tag token: only a line break stands for anything in the text. */
export function isLineBreakTag(tag: string): boolean {
  return /^<br\b[^>]*>$/i.test(tag.trim());
}
