import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { ClaimdeskError } from '../../shared/rpc';
import { importFile } from './index';
import { assertDocInvariants, blockTexts, markedTexts } from './test-helpers';

async function makeDocx(children: Paragraph[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ title: 'Core title', creator: 'Eve Checker', sections: [{ children }] }));
}

/** Built afresh for each document: the docx package's paragraphs belong to the document they are packed in. */
const statement = () => [
  new Paragraph({ text: 'Bridge costs double', heading: HeadingLevel.HEADING_1 }),
  new Paragraph({
    children: [
      new TextRun('The council approved the budget after '),
      new TextRun({ text: 'a long debate', bold: true }),
      new TextRun(' about the '),
      new TextRun({ text: 'new', italics: true }),
      new TextRun(' bridge.'),
    ],
  }),
  new Paragraph({ text: 'What changed', heading: HeadingLevel.HEADING_2 }),
  new Paragraph({ text: 'The steel price', bullet: { level: 0 } }),
  new Paragraph({ text: 'The second contractor', bullet: { level: 0 } }),
  new Paragraph({
    children: [
      new TextRun('Read the '),
      new ExternalHyperlink({ link: 'https://council.example/budget', children: [new TextRun('budget')] }),
      new TextRun(' and the '),
      new ExternalHyperlink({ link: 'javascript:alert(1)', children: [new TextRun('appendix')] }),
      new TextRun('.'),
    ],
  }),
];

describe('importing a Word document', () => {
  it('keeps headings, paragraphs, list items, emphasis and safe links', async () => {
    const article = await importFile('statement.docx', await makeDocx(statement()));
    assertDocInvariants(article.doc);
    expect(article.format).toBe('docx');
    expect(blockTexts(article.doc)).toEqual([
      'Bridge costs double',
      'The council approved the budget after a long debate about the new bridge.',
      'What changed',
      'The steel price',
      'The second contractor',
      'Read the budget and the appendix.',
    ]);
    expect(article.doc.blocks.map((block) => [block.kind, block.level])).toEqual([
      ['heading', 1],
      ['paragraph', undefined],
      ['heading', 2],
      ['list-item', undefined],
      ['list-item', undefined],
      ['paragraph', undefined],
    ]);
    expect(markedTexts(article.doc, 'strong')).toEqual(['a long debate']);
    expect(markedTexts(article.doc, 'emphasis')).toEqual(['new']);
    expect(article.doc.marks.filter((mark) => mark.kind === 'link').map((mark) => mark.href)).toEqual([
      'https://council.example/budget',
    ]);
  });

  it('takes its first heading as the title, else the file name', async () => {
    expect((await importFile('statement.docx', await makeDocx(statement()))).title).toBe('Bridge costs double');
    const plain = await makeDocx([new Paragraph('Only a paragraph here.')]);
    expect((await importFile('Council memo.docx', plain)).title).toBe('Council memo');
  });

  it('reads Word’s Title style as the top heading', async () => {
    const styled = await makeDocx([new Paragraph({ text: 'Styled title', heading: HeadingLevel.TITLE }), new Paragraph('Body.')]);
    const article = await importFile('styled.docx', styled);
    expect(article.title).toBe('Styled title');
    expect(article.doc.blocks[0]).toMatchObject({ kind: 'heading', level: 1 });
  });

  it('refuses a damaged file, naming it', async () => {
    const bytes = await makeDocx(statement());
    for (const broken of [Buffer.from('PK\u0003\u0004 not really a zip'), bytes.subarray(0, bytes.length / 2)]) {
      const error = await importFile('broken.docx', broken).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(ClaimdeskError);
      expect((error as ClaimdeskError).message).toMatch(/^broken\.docx: this is not a readable Word document: the file is damaged/);
    }
  });
});
