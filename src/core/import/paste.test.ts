import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ClaimdeskError } from '../../shared/rpc';
import { importPastedHtml, importPastedText } from './paste';
import { assertDocInvariants, blockTexts, markedTexts } from './test-helpers';

const sha256 = (text: string) => createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');

describe('importPastedText', () => {
  it('takes the first line as the title and hashes the UTF-8 bytes', () => {
    const text = '  The minister said\nthat costs had doubled.\n\nA second paragraph.';
    const article = importPastedText(text, null);
    assertDocInvariants(article.doc);
    expect(article).toMatchObject({ title: 'The minister said', format: 'paste', fileName: null, sha256: sha256(text) });
    expect(blockTexts(article.doc)).toEqual(['The minister said that costs had doubled.', 'A second paragraph.']);
  });

  it('keeps a given title and shortens a long first line', () => {
    expect(importPastedText('Body', '  My   title ').title).toBe('My title');
    const title = importPastedText(`${'word '.repeat(60)}\nmore`, null).title;
    expect(title.length).toBeLessThanOrEqual(120);
    expect(title.endsWith('…')).toBe(true);
  });

  it('refuses empty text', () => {
    expect(() => importPastedText(' \n ', null)).toThrow(ClaimdeskError);
  });
});

/** What a browser puts on the clipboard, with everything a hostile page could add. */
const HOSTILE_CLIPBOARD = `<html><head><meta charset="utf-8"><style>p { color: red }</style></head><body>
<!--StartFragment--><h2 onclick="alert('HEADING-HANDLER')">Embassy protest draws crowds</h2>
<p onmouseover="alert('P-HANDLER')">The minister said <b>Kestria</b> is <i>orchestrating</i> an attack.
<a href="javascript:alert('JS-LINK')">Details</a> and <a href="https://news.example/protest" onclick="steal()">the report</a>.</p>
<script>document.write('SCRIPT-TEXT')</script>
<iframe src="https://tracker.example/frame">FRAME-TEXT</iframe>
<form action="https://tracker.example/form"><input value="INPUT-TEXT"><button>BUTTON-TEXT</button></form>
<ul><li>Police counted 1,200 people.</li></ul><!--EndFragment-->
</body></html>`;

describe('importPastedHtml', () => {
  it('keeps headings, lists, emphasis and safe links, and nothing that runs', async () => {
    const article = await importPastedHtml(HOSTILE_CLIPBOARD, null);
    assertDocInvariants(article.doc);
    expect(blockTexts(article.doc)).toEqual([
      'Embassy protest draws crowds',
      'The minister said Kestria is orchestrating an attack. Details and the report.',
      'Police counted 1,200 people.',
    ]);
    expect(article.doc.blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'list-item']);
    expect(markedTexts(article.doc, 'strong')).toEqual(['Kestria']);
    expect(article.doc.marks.filter((mark) => mark.kind === 'link').map((mark) => mark.href)).toEqual([
      'https://news.example/protest',
    ]);
    for (const foreign of ['alert', 'HANDLER', 'JS-LINK', 'steal', 'SCRIPT-TEXT', 'FRAME-TEXT', 'INPUT-TEXT', 'BUTTON-TEXT', 'color']) {
      expect(article.doc.text).not.toContain(foreign);
    }
  });

  it('is a paste, titled by its heading unless given a title, and hashed as UTF-8 HTML', async () => {
    expect(await importPastedHtml(HOSTILE_CLIPBOARD, null)).toMatchObject({
      title: 'Embassy protest draws crowds',
      format: 'paste',
      fileName: null,
      sha256: sha256(HOSTILE_CLIPBOARD),
    });
    expect((await importPastedHtml(HOSTILE_CLIPBOARD, ' Protest ')).title).toBe('Protest');
    expect((await importPastedHtml('<p>No heading here.</p><p>More.</p>', null)).title).toBe('No heading here.');
  });

  it('refuses HTML without words', async () => {
    await expect(importPastedHtml('<script>alert(1)</script><img src="x.png">', null)).rejects.toThrow(/nothing to import/);
  });
});
