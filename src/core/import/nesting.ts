// How deep a page nests, measured on its source before anything parses it. jsdom's
// parser slows to minutes on a hundred thousand nested elements, and Readability, the
// walker and marked recurse once per level until the stack overflows, so a page past
// the limit is refused at once.
//
// The HTML scan follows the parser's rules for the tags whose end is implied (an open
// <p> closed by the next <p>, a <li> by the next <li>, a <div> closed by </div> through
// an unclosed <p>), with the rows and formatting the parser adds, and otherwise never
// closes an element the parser would keep open. It is a quick first gate, not the
// parser: in misnested tag soup its count can fall a few levels short, and whatever
// slips through still meets the import worker's stack, time and memory limits.

/** Real pages nest tens of levels, a few hundred at worst; the parser takes seconds from about ten thousand. */
export const MAX_HTML_DEPTH = 500;
/**
 * Markdown nests by quote markers and indentation. Real text rarely goes past ten
 * levels, and marked's list parsing grows with the cube of the depth (400 levels take seconds).
 */
export const MAX_MARKDOWN_DEPTH = 100;

const VOID = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr', 'image',
]);
/** The page's own frame, opened once whatever the source says. */
const FRAME = new Set(['html', 'head', 'body']);
/** Their content is text to the parser (noscript is not: DOMParser parses with scripting off). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
const FOREIGN = new Set(['svg', 'math']);
const RAW_TEXT_END = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}`, 'gi')]));

/** The parser's "special" elements: most implied closings stop at them. */
const SPECIAL = new Set([
  'address', 'applet', 'area', 'article', 'aside', 'base', 'basefont', 'bgsound', 'blockquote', 'body', 'br',
  'button', 'caption', 'center', 'col', 'colgroup', 'dd', 'details', 'dir', 'div', 'dl', 'dt', 'embed',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frame', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'head', 'header', 'hgroup', 'hr', 'html', 'iframe', 'img', 'input', 'keygen', 'li', 'link', 'listing',
  'main', 'marquee', 'menu', 'meta', 'nav', 'noembed', 'noframes', 'noscript', 'object', 'ol', 'p', 'param',
  'plaintext', 'pre', 'script', 'search', 'section', 'select', 'source', 'style', 'summary', 'table', 'tbody',
  'td', 'template', 'textarea', 'tfoot', 'th', 'thead', 'title', 'tr', 'track', 'ul', 'wbr', 'xmp', 'svg', 'math',
]);
/** Closed silently when an enclosing block ends ("generate implied end tags"). */
const IMPLIED_END = new Set(['p', 'li', 'dd', 'dt', 'option', 'optgroup', 'rb', 'rp', 'rt', 'rtc']);
const TABLE_SCOPE = ['html', 'table', 'template'];
/** Closed by another element, these are opened again before the next content ("reconstructed"). */
const FORMATTING = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u']);
/** Each of these starts afresh: no formatting from before it is opened again inside it. */
const FORMATTING_SCOPE = new Set(['td', 'th', 'caption', 'applet', 'marquee', 'object', 'template']);
/** The parser keeps no more than three identical formatting elements to open again. */
const MAX_IDENTICAL_FORMATTING = 3;
const MARKER = '';

const except = (set: Set<string>, ...names: string[]) => new Set([...set].filter((name) => !names.includes(name)));

interface ImpliedClose {
  /** The open elements this start tag closes. */
  closes: Set<string>;
  /** Where the search for one stops; 'top' looks at the current element only. */
  stopsAt: Set<string> | 'top';
}

const LIST_ITEM_STOP = except(SPECIAL, 'address', 'div', 'p');
const ROW_GROUPS = ['tbody', 'thead', 'tfoot'];
const IMPLIED_CLOSE = new Map<string, ImpliedClose>([
  ['p', { closes: new Set(['p']), stopsAt: SPECIAL }],
  ['li', { closes: new Set(['li']), stopsAt: LIST_ITEM_STOP }],
  ['dd', { closes: new Set(['dd', 'dt']), stopsAt: LIST_ITEM_STOP }],
  ['dt', { closes: new Set(['dd', 'dt']), stopsAt: LIST_ITEM_STOP }],
  ['td', { closes: new Set(['td', 'th']), stopsAt: new Set([...TABLE_SCOPE, 'tr', ...ROW_GROUPS]) }],
  ['th', { closes: new Set(['td', 'th']), stopsAt: new Set([...TABLE_SCOPE, 'tr', ...ROW_GROUPS]) }],
  ['tr', { closes: new Set(['tr']), stopsAt: new Set([...TABLE_SCOPE, ...ROW_GROUPS]) }],
  ...ROW_GROUPS.map((name): [string, ImpliedClose] => [name, { closes: new Set(ROW_GROUPS), stopsAt: new Set(TABLE_SCOPE) }]),
  ['option', { closes: new Set(['option']), stopsAt: 'top' }],
  ['optgroup', { closes: new Set(['option', 'optgroup']), stopsAt: 'top' }],
]);

/** Comments and declarations; an end tag; a start tag with its attributes (quoted values may hold ">"). */
const TOKEN = /<!--[\s\S]*?(?:--!?>|$)|<[!?][^>]*>?|<\/([a-zA-Z][^\s/>]*)[^>]*>?|<([a-zA-Z][^\s/>]*)((?:"[^"]*"|'[^']*'|[^'">])*)>?/g;

/** The elements open at each point of the scan, with a count per name for quick lookups. */
class OpenElements {
  readonly names: string[] = [];
  private readonly counts = new Map<string, number>();
  private foreign = 0;
  /** Formatting elements the parser may open again (the "list of active formatting elements"). */
  private readonly formatting: string[] = [];

  /** Depth the parser may reach: the open elements, plus formatting it may open again on top. */
  get depth(): number {
    return this.names.length + this.formattingSinceMarker().length;
  }

  get inForeignContent(): boolean {
    return this.foreign > 0;
  }

  push(name: string, attributes: string): void {
    if (FORMATTING.has(name)) this.addFormatting(`${name} ${attributes}`);
    if (FORMATTING_SCOPE.has(name)) this.formatting.push(MARKER);
    this.names.push(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    if (FOREIGN.has(name)) this.foreign++;
  }

  isOpen(names: Iterable<string>): boolean {
    for (const name of names) if ((this.counts.get(name) ?? 0) > 0) return true;
    return false;
  }

  /** Index of the nearest open element named in `names`, searching no further than `stopsAt`. */
  find(names: Set<string>, stopsAt: (name: string) => boolean): number {
    for (let i = this.names.length - 1; i >= 0; i--) {
      const name = this.names[i]!;
      if (names.has(name)) return i;
      if (stopsAt(name)) return -1;
    }
    return -1;
  }

  /** A formatting element's own end tag stops it being opened again. */
  endFormatting(name: string): void {
    for (let i = this.formatting.length - 1; i >= 0 && this.formatting[i] !== MARKER; i--) {
      if (this.formatting[i]!.split(' ', 1)[0] === name) {
        this.formatting.splice(i, 1);
        return;
      }
    }
  }

  private addFormatting(entry: string): void {
    const since = this.formattingSinceMarker();
    if (since.filter((other) => other === entry).length >= MAX_IDENTICAL_FORMATTING) {
      this.formatting.splice(this.formatting.indexOf(entry, this.formatting.length - since.length), 1);
    }
    this.formatting.push(entry);
  }

  private formattingSinceMarker(): string[] {
    return this.formatting.slice(this.formatting.lastIndexOf(MARKER) + 1);
  }

  closeFrom(index: number): void {
    while (this.names.length > index) {
      const name = this.names.pop()!;
      const marker = this.formatting.lastIndexOf(MARKER);
      if (FORMATTING_SCOPE.has(name) && marker >= 0) this.formatting.splice(marker);
      this.counts.set(name, this.counts.get(name)! - 1);
      if (FOREIGN.has(name)) this.foreign--;
    }
  }
}

/** How deep the page nests, counting no further than just past `limit`. */
export function htmlDepth(html: string, limit = MAX_HTML_DEPTH): number {
  const open = new OpenElements();
  let deepest = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
    const [, endName, startName, attributes] = match;
    if (endName) {
      closeByEndTag(open, endName.toLowerCase());
      if (FORMATTING.has(endName.toLowerCase())) open.endFormatting(endName.toLowerCase());
    }
    if (!startName) continue;
    const name = startName.toLowerCase();
    if (name === 'plaintext') break;
    if (VOID.has(name) || FRAME.has(name)) continue;
    if (open.inForeignContent && attributes?.endsWith('/')) continue;
    closeByStartTag(open, name);
    openImpliedParents(open, name);
    open.push(name, attributes?.trim() ?? '');
    deepest = Math.max(deepest, open.depth);
    if (deepest > limit) return deepest;
    if (RAW_TEXT.has(name) && !open.inForeignContent) {
      const end = RAW_TEXT_END.get(name)!;
      end.lastIndex = TOKEN.lastIndex;
      open.closeFrom(open.names.length - 1);
      if (!end.test(html)) break;
      TOKEN.lastIndex = end.lastIndex - name.length - 2;
    }
  }
  return deepest;
}

/** A cell or row straight in a table gets the row and row group the parser adds around it. */
function openImpliedParents(open: OpenElements, name: string): void {
  const cell = name === 'td' || name === 'th';
  if (!cell && name !== 'tr') return;
  const top = open.names.at(-1);
  if (cell && top === 'tr') return;
  if (!ROW_GROUPS.includes(top ?? '')) open.push('tbody', '');
  if (cell) open.push('tr', '');
}

function closeByStartTag(open: OpenElements, name: string): void {
  const rule = IMPLIED_CLOSE.get(name);
  if (!rule || !open.isOpen(rule.closes)) return;
  const { stopsAt } = rule;
  const at = open.find(rule.closes, stopsAt === 'top' ? () => true : (other) => stopsAt.has(other));
  if (at >= 0) open.closeFrom(at);
}

/**
 * A special element's end tag closes through the elements whose end is implied and any
 * ordinary ones; an ordinary element's end tag stops at the first special one, as the parser's does.
 */
function closeByEndTag(open: OpenElements, name: string): void {
  if (!open.isOpen([name])) return;
  const special = SPECIAL.has(name);
  const at = open.find(new Set([name]), (other) => SPECIAL.has(other) && !(special && IMPLIED_END.has(other)));
  if (at >= 0) open.closeFrom(at);
}

/** Quote markers, list markers and indentation (two columns a level) at the start of a line. */
const LINE_NESTING = /^(?:[ \t]|>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/gm;
const TAB_COLUMNS = 4;

/** How deep the Markdown nests, judged line by line from the markers before the words. */
export function markdownDepth(source: string): number {
  let deepest = 0;
  for (const [prefix] of source.matchAll(LINE_NESTING)) {
    if (prefix.length === 0) continue;
    let columns = 0;
    let markers = 0;
    for (const char of prefix) {
      if (char === ' ') columns += 1;
      else if (char === '\t') columns += TAB_COLUMNS;
      else if (char === '>' || char === '-' || char === '+' || char === '*' || char === '.' || char === ')') markers += 1;
    }
    deepest = Math.max(deepest, markers + Math.floor(columns / 2));
  }
  return deepest;
}

export function htmlNestingProblem(html: string): string | null {
  const depth = htmlDepth(html);
  if (depth <= MAX_HTML_DEPTH) return null;
  return `its elements are nested more than ${MAX_HTML_DEPTH} levels deep, past what Claimdesk reads (MAX_HTML_DEPTH). ` +
    'Save the page again from the browser as "Web Page, HTML only", or copy its text and paste it into the case.';
}

export function markdownNestingProblem(source: string): string | null {
  const depth = markdownDepth(source);
  if (depth <= MAX_MARKDOWN_DEPTH) return null;
  return `its quotes, lists or indentation nest ${depth.toLocaleString('en')} levels deep, more than the ${MAX_MARKDOWN_DEPTH} Claimdesk reads (MAX_MARKDOWN_DEPTH). ` +
    'Flatten the deepest quotes or lists, or rename the file to .txt to import it as plain text.';
}
