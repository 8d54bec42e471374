import { describe, expect, it } from 'vitest';
import { markdownToDoc } from './markdown';
import { assertDocInvariants, blockTexts, markedTexts } from './test-helpers';

function convert(markdown: string) {
  const doc = markdownToDoc(markdown);
  assertDocInvariants(doc);
  return doc;
}

const ARTICLE = `# Embassy attack

Officials said *Iran* is **orchestrating** an attack, citing [the report](https://example.org/report "Report").
Its wording: \`stage 2\` &amp; more.

## Reactions

- First reaction
- Second, with *emphasis*
  - nested item

1. loose item

2. another one

> A quoted
> statement.

\`\`\`
line one
  line two
\`\`\`

| Who | Said |
|-----|------|
| Ann | *yes* |
`;

describe('markdownToDoc', () => {
  it('makes headings, paragraphs, list items, quotes, code blocks and table cells', () => {
    const doc = convert(ARTICLE);
    expect(blockTexts(doc)).toEqual([
      'Embassy attack',
      'Officials said Iran is orchestrating an attack, citing the report. Its wording: stage 2 & more.',
      'Reactions',
      'First reaction',
      'Second, with emphasis',
      'nested item',
      'loose item',
      'another one',
      'A quoted statement.',
      'line one\n  line two',
      'Who',
      'Said',
      'Ann',
      'yes',
    ]);
    expect(doc.blocks.map((block) => block.kind)).toEqual([
      'heading',
      'paragraph',
      'heading',
      ...Array(5).fill('list-item'),
      'quote',
      'preformatted',
      ...Array(4).fill('table-cell'),
    ]);
    expect(doc.blocks.filter((block) => block.kind === 'heading').map((block) => block.level)).toEqual([1, 2]);
  });

  it('marks emphasis, strong, code and links', () => {
    const doc = convert(ARTICLE);
    expect(markedTexts(doc, 'emphasis')).toEqual(['Iran', 'emphasis', 'yes']);
    expect(markedTexts(doc, 'strong')).toEqual(['orchestrating']);
    expect(markedTexts(doc, 'code')).toEqual(['stage 2']);
    expect(doc.marks.filter((mark) => mark.kind === 'link').map((mark) => mark.href)).toEqual(['https://example.org/report']);
  });

  it('keeps the words of raw HTML but never its tags, scripts or styles', () => {
    const doc = convert('Some <span onclick="alert(1)">inline</span> words<br>here.\n\n<div>\n<script>steal()</script><style>p{}</style>\nBlock &eacute; &copy; <b>bold</b>\n</div>\n');
    expect(blockTexts(doc)).toEqual(['Some inline words here.', 'Block &eacute; © bold']);
    expect(doc.marks).toEqual([]);
  });

  it('drops links that are not http(s) or mailto, keeping their words', () => {
    const doc = convert('[run](javascript:alert(1)) [data](data:text/html,x) [page](other.md) <ann@example.org>');
    expect(doc.text).toBe('run data page ann@example.org');
    expect(doc.marks).toEqual([{ kind: 'link', start: 14, end: 29, href: 'mailto:ann@example.org' }]);
  });

  it('skips images and link definitions', () => {
    const doc = convert('Before ![a chart](chart.png) after.\n\n[ref]: https://example.org/\n');
    expect(doc.text).toBe('Before after.');
  });
});
