import { describe, expect, it } from 'vitest';
import { DocBuilder } from './doc-builder';
import { assertDocInvariants, blockTexts, markedTexts } from './test-helpers';

function build(write: (builder: DocBuilder) => void) {
  const builder = new DocBuilder();
  write(builder);
  const doc = builder.build();
  assertDocInvariants(doc);
  return doc;
}

describe('DocBuilder', () => {
  it('collapses whitespace, trims block edges and joins blocks with a blank line', () => {
    const doc = build((b) => {
      b.openBlock('heading', 2);
      b.append('  A \t title\n');
      b.closeBlock();
      b.openBlock('paragraph');
      b.append('\n  one   two\u00a0 three  ');
      b.closeBlock();
    });
    expect(doc.text).toBe('A title\n\none two three');
    expect(doc.blocks).toEqual([
      { kind: 'heading', level: 2, start: 0, end: 7 },
      { kind: 'paragraph', start: 9, end: 22 },
    ]);
  });

  it('drops empty blocks', () => {
    const doc = build((b) => {
      for (const text of ['  ', 'kept', '\n\n']) {
        b.openBlock('paragraph');
        b.append(text);
        b.closeBlock();
      }
    });
    expect(blockTexts(doc)).toEqual(['kept']);
  });

  it('keeps marks on their words when the whitespace around them collapses', () => {
    const doc = build((b) => {
      b.openBlock();
      b.append('Iran is ');
      b.openMark('emphasis');
      b.append('  orchestrating ');
      b.closeMark();
      b.append('  an ');
      b.openMark('link', 'https://example.org/');
      b.append('attack');
      b.closeMark();
      b.closeBlock();
    });
    expect(doc.text).toBe('Iran is orchestrating an attack');
    expect(markedTexts(doc, 'emphasis')).toEqual(['orchestrating']);
    expect(doc.marks.find((mark) => mark.kind === 'link')).toMatchObject({ href: 'https://example.org/' });
  });

  it('splits a mark that spans blocks into one mark per block', () => {
    const doc = build((b) => {
      b.openMark('strong');
      b.openBlock();
      b.append('first');
      b.closeBlock();
      b.openBlock();
      b.append('second');
      b.closeBlock();
      b.closeMark();
    });
    expect(markedTexts(doc, 'strong')).toEqual(['first', 'second']);
  });

  it('drops marks around nothing but whitespace', () => {
    const doc = build((b) => {
      b.openBlock();
      b.append('a');
      b.openMark('emphasis');
      b.append('   ');
      b.closeMark();
      b.append('b');
      b.closeBlock();
    });
    expect(doc.text).toBe('a b');
    expect(doc.marks).toEqual([]);
  });

  it('lets nested blocks inherit the kind of the enclosing one', () => {
    const doc = build((b) => {
      b.openBlock('quote');
      b.append('said');
      b.openBlock();
      b.append('inside');
      b.closeBlock();
      b.append('after');
      b.closeBlock();
      b.append('outside');
    });
    expect(doc.blocks.map((block) => block.kind)).toEqual(['quote', 'quote', 'quote', 'paragraph']);
    expect(blockTexts(doc)).toEqual(['said', 'inside', 'after', 'outside']);
  });

  it('keeps the line breaks of preformatted blocks and trims their blank edges', () => {
    const doc = build((b) => {
      b.openBlock('preformatted');
      b.append('\n\n  indented\r\n    more  \n\n');
      b.closeBlock();
    });
    expect(doc.text).toBe('  indented\n    more');
  });

  it('turns line breaks into spaces outside preformatted blocks', () => {
    const doc = build((b) => {
      b.openBlock();
      b.append('one');
      b.lineBreak();
      b.append('two');
      b.closeBlock();
    });
    expect(doc.text).toBe('one two');
  });

  it('composes text to NFC and moves marks with it', () => {
    const doc = build((b) => {
      b.openBlock();
      b.append('cafe\u0301 ');
      b.openMark('strong');
      b.append('noe\u0308l');
      b.closeMark();
      b.closeBlock();
    });
    expect(doc.text).toBe('café noël');
    expect(markedTexts(doc, 'strong')).toEqual(['noël']);
  });

  it('keeps one mark for nested markup of the same kind', () => {
    const doc = build((b) => {
      b.openBlock();
      b.openMark('strong');
      b.openMark('strong');
      b.append('bold');
      b.closeMark();
      b.closeMark();
      b.closeBlock();
    });
    expect(doc.marks).toEqual([{ kind: 'strong', start: 0, end: 4 }]);
  });
});
