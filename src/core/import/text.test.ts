import { describe, expect, it } from 'vitest';
import { textToDoc } from './text';
import { assertDocInvariants, blockTexts } from './test-helpers';

describe('textToDoc', () => {
  it('makes a paragraph of each run of lines between blank lines', () => {
    const doc = textToDoc('First line\nwrapped here.\r\n\r\n  \nSecond   paragraph.\n\n\n\nThird.\n');
    assertDocInvariants(doc);
    expect(blockTexts(doc)).toEqual(['First line wrapped here.', 'Second paragraph.', 'Third.']);
    expect(doc.blocks.every((block) => block.kind === 'paragraph')).toBe(true);
    expect(doc.marks).toEqual([]);
  });

  it('gives no blocks for blank text', () => {
    expect(textToDoc(' \n\n\t')).toEqual({ text: '', blocks: [], marks: [] });
  });
});
