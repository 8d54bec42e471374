// Analyst Markdown (rationales, the methodology) as it goes into the Markdown report,
// which publishers render with whatever Markdown renderer they use. That text can come
// from an imported annotation file or case, so it may hold raw HTML (<script>, event
// handlers) and javascript: or data: links. Here the HTML becomes visible text and only
// web and mail links stay links; everything else the analyst wrote keeps its Markdown.

import { lexer, type MarkedToken, type Token, type Tokens } from 'marked';
import { escapeMarkdown } from './markdown-escape';
import { safeHref } from './safe-url';

/**
 * The Markdown, safe to render. A block with nothing to neutralize is kept as written;
 * one with raw HTML or a disallowed link is rewritten from its tokens. Should the result
 * still not read as safe, the whole text is given as plain text instead.
 */
export function inertMarkdown(source: string): string {
  const blocks = lexer(source) as MarkedToken[];
  if (blocks.every((token) => isInert([token]))) return source;
  const rewritten = blocks
    .map((token) => (isInert([token]) ? token.raw : `${block(token)}\n\n`))
    .join('')
    .trimEnd();
  return isInert(lexer(rewritten)) ? rewritten : literal(source);
}

/** No raw HTML and no link, image or link definition leading anywhere but http(s) or mailto. */
function isInert(tokens: Token[]): boolean {
  for (const token of descendants(tokens)) {
    if (token.type === 'html') return false;
    if ((token.type === 'link' || token.type === 'def') && safeHref(token.href) === null) return false;
    if (token.type === 'image' && imageSrc(token.href) === null) return false;
  }
  return true;
}

function* descendants(tokens: Token[]): Generator<MarkedToken> {
  for (const token of tokens as MarkedToken[]) {
    yield token;
    if ('tokens' in token && token.tokens) yield* descendants(token.tokens);
    if (token.type === 'list') yield* descendants(token.items);
    if (token.type === 'table') for (const cell of [...token.header, ...token.rows.flat()]) yield* descendants(cell.tokens);
  }
}

/** Images are fetched by whoever renders the report: from the web, never from a data: or file: URL. */
function imageSrc(href: string): string | null {
  const safe = safeHref(href);
  return safe !== null && /^https?:/i.test(safe) ? safe : null;
}

function blocks(tokens: Token[], separator = '\n\n'): string {
  return tokens
    .map((token) => block(token as MarkedToken))
    .filter((text) => text !== '')
    .join(separator);
}

function block(token: MarkedToken): string {
  switch (token.type) {
    case 'space':
    case 'def': // Every link was resolved against the definitions already and is written inline.
      return '';
    case 'paragraph':
      return inline(token.tokens);
    case 'text':
      return token.tokens ? inline(token.tokens) : literal(token.text);
    case 'heading':
      return `${'#'.repeat(token.depth)} ${inline(token.tokens).replace(/\n/g, ' ')}`;
    case 'code':
      return fenced(token.text, token.lang ?? '');
    case 'blockquote':
      return blocks(token.tokens)
        .split('\n')
        .map((line) => (line === '' ? '>' : `> ${line}`))
        .join('\n');
    case 'list':
      return list(token);
    case 'checkbox':
      return token.checked ? '[x]' : '[ ]';
    case 'table':
      return table(token);
    case 'hr':
      return '---';
    default:
      return literal(token.raw);
  }
}

function list(token: Tokens.List): string {
  const first = typeof token.start === 'number' ? token.start : 1;
  return token.items
    .map((item, index) => {
      const marker = token.ordered ? `${first + index}. ` : '- ';
      const [checkbox, ...rest] = item.tokens;
      const body =
        checkbox?.type === 'checkbox'
          ? `${block(checkbox as MarkedToken)} ${blocks(rest, item.loose ? '\n\n' : '\n')}`
          : blocks(item.tokens, item.loose ? '\n\n' : '\n');
      // Continuation lines under the item's text, so code and nested lists stay in the item.
      return `${marker}${body.replace(/\n(?!\n|$)/g, `\n${' '.repeat(marker.length)}`)}`;
    })
    .join(token.loose ? '\n\n' : '\n');
}

const ALIGNMENT_RULES = { left: ':---', center: ':---:', right: '---:' } as const;

function table(token: Tokens.Table): string {
  // A table cell ends at an unescaped pipe, wherever it is, code spans included.
  const row = (cells: Tokens.TableCell[]) => `| ${cells.map((cell) => inline(cell.tokens).replace(/\|/g, '\\|')).join(' | ')} |`;
  const rule = token.align.map((align) => (align === null ? '---' : ALIGNMENT_RULES[align]));
  return [row(token.header), `| ${rule.join(' | ')} |`, ...token.rows.map(row)].join('\n');
}

function fenced(code: string, lang: string): string {
  const mark = lang.includes('`') ? '~' : '`';
  const longestRun = Math.max(2, ...(code.match(mark === '`' ? /`+/g : /~+/g) ?? []).map((run) => run.length));
  const fence = mark.repeat(longestRun + 1);
  return `${fence}${lang}\n${code === '' ? '' : `${code}\n`}${fence}`;
}

function inline(tokens: Token[]): string {
  return (tokens as MarkedToken[]).map(inlineToken).join('');
}

function inlineToken(token: MarkedToken): string {
  switch (token.type) {
    case 'text':
      // A "<" that did not start a tag here could start one beside rewritten neighbours.
      return token.tokens ? inline(token.tokens) : token.raw.replace(/</g, '&lt;');
    case 'escape':
    case 'codespan':
    case 'br':
      return token.raw;
    case 'strong':
      return emphasis(token.raw.slice(0, 2), token.tokens);
    case 'em':
      return emphasis(token.raw.slice(0, 1), token.tokens);
    case 'del':
      return emphasis(/^~+/.exec(token.raw)?.[0] ?? '~~', token.tokens);
    case 'link':
      return link(token);
    case 'image':
      return image(token);
    default:
      return literal(token.raw);
  }
}

function emphasis(delimiter: string, tokens: Token[]): string {
  return `${delimiter}${inline(tokens)}${delimiter}`;
}

function link(token: Tokens.Link): string {
  const href = safeHref(token.href);
  if (href === null) return inline(token.tokens);
  if (token.autolink) return token.raw.startsWith('<') ? `<${href}>` : token.raw;
  return `[${inline(token.tokens)}](<${href}>${title(token.title)})`;
}

function image(token: Tokens.Image): string {
  const src = imageSrc(token.href);
  return src === null ? escapeMarkdown(token.text) : `![${escapeMarkdown(token.text)}](<${src}>${title(token.title)})`;
}

function title(text: string | null | undefined): string {
  return text ? ` "${text.replace(/\s+/g, ' ').replace(/["\\]/g, '\\$&')}"` : '';
}

/** Text shown as written, line by line, with nothing in it read as Markdown or HTML. */
function literal(text: string): string {
  return text
    .trim()
    .split('\n')
    .map((line) => escapeMarkdown(line.trim()))
    .join('\n');
}
