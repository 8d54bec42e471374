import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { blockquote, escapeMarkdown, inlineCode } from './markdown-escape';

/** What a CommonMark reader sees: the rendered HTML reduced to its text. */
function rendered(markdown: string): string {
  const html = marked.parse(markdown, { async: false });
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

const NASTY = [
  '# not a heading | pipe',
  '- not a list',
  '1. not a list either',
  '2024) nor this',
  '> not a quote',
  '**not bold** _not italic_ ~~not struck~~',
  '`not code` and ``` fences ```',
  '[not a link](https://example.com) ![not an image](x.png)',
  '<b>not html</b> <!-- not a comment -->',
  '&amp; stays &copy; literal',
  'a \\ backslash and a trailing one \\',
  '===',
  '---',
  'Vote for #1 #',
];

describe('escapeMarkdown', () => {
  it.each(NASTY)('renders %j as the same text', (text) => {
    expect(rendered(escapeMarkdown(text))).toBe(text);
  });

  it('lets no tag through right after a web address, which a GFM autolink could take the backslash of', () => {
    const html = marked.parse(escapeMarkdown('https://x.example"<img src=x onerror="alert(1)"> www.x.example<b onclick=y>'), { async: false });
    expect(html).not.toMatch(/<(img|b)\b/);
  });

  it('keeps every character of a table cell in its cell', () => {
    const cell = escapeMarkdown('a | b | c');
    const tokens = marked.lexer(`| one | two |\n| --- | --- |\n| ${cell} | x |`);
    const table = tokens.find((token): token is Tokens.Table => token.type === 'table');
    expect(table?.rows[0]?.map((cell) => cell.text)).toEqual(['a | b | c', 'x']);
  });

  it('puts a multi-line text on one line', () => {
    expect(escapeMarkdown('one\n\ntwo\tthree')).toBe('one two three');
  });

  it('leaves ordinary text readable', () => {
    expect(escapeMarkdown('Claimdesk 0.1.0 said -5 degrees, U.S.')).toBe('Claimdesk 0.1.0 said -5 degrees, U.S.');
  });
});

describe('inlineCode', () => {
  it('holds backticks without ending early', () => {
    expect(rendered(inlineCode('a `b` c'))).toBe('a `b` c');
    expect(rendered(inlineCode('`edge`'))).toBe('`edge`');
  });
});

describe('blockquote', () => {
  it('keeps every paragraph inside the quote', () => {
    const tokens = marked.lexer(blockquote('first\n\n# second\n\n- third'));
    expect(tokens.filter((token) => token.type !== 'space').map((token) => token.type)).toEqual(['blockquote']);
  });
});
