import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ClaimdeskError } from '../../shared/rpc';
import { importFile } from './index';
import { assertDocInvariants, blockTexts, markedTexts } from './test-helpers';

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

async function imported(fileName: string, bytes: Uint8Array, now?: Date) {
  const article = await importFile(fileName, bytes, now ? { now } : {});
  assertDocInvariants(article.doc);
  return article;
}

async function failure(run: () => Promise<unknown>): Promise<ClaimdeskError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ClaimdeskError) return error;
    throw error;
  }
  throw new Error('expected the import to fail');
}

const longParagraph = (topic: string) =>
  `<p>The ${topic} was discussed at length by the committee, whose members disagreed about the figures, ` +
  `the sources behind them and what the public had been told about the plan over the previous months.</p>`;

describe('importFile', () => {
  it('imports a windows-1252 page by its <meta charset>', async () => {
    const head = '<html lang="fr"><head><meta charset="windows-1252"><title>Le caf';
    const bytes = Buffer.concat([
      Buffer.from(head, 'latin1'),
      Buffer.from([0xe9]),
      Buffer.from(`</title></head><body><article><p>Un caf`, 'latin1'),
      Buffer.from([0xe9, 0x20, 0x93]),
      Buffer.from('noir', 'latin1'),
      Buffer.from([0x94]),
      Buffer.from(` ${longParagraph('coffee')}</p></article></body></html>`, 'latin1'),
    ]);
    const article = await imported('cafe.html', bytes);
    expect(article.title).toBe('Le café');
    expect(article.doc.text).toContain('Un café “noir”');
    expect(article.language).toBe('fr');
    expect(article.format).toBe('html');
    expect(article.sha256).toBe(sha256(bytes));
  });

  it('imports a page with JSON-LD NewsArticle metadata', async () => {
    const jsonLd = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Bridge costs double',
      author: { '@type': 'Person', name: 'Eve Checker' },
      publisher: { '@type': 'Organization', name: 'City Ledger' },
      datePublished: '2024-02-01T07:00:00Z',
      url: 'https://ledger.example/bridge',
    };
    const page = `<html><head><title>Bridge costs double | City Ledger</title>
      <script type="application/ld+json">${JSON.stringify(jsonLd)}</script></head>
      <body><article>${longParagraph('bridge')}${longParagraph('budget')}</article></body></html>`;
    const article = await imported('bridge.htm', Buffer.from(page), new Date('2024-06-01'));
    expect(article).toMatchObject({
      title: 'Bridge costs double',
      byline: 'Eve Checker',
      outlet: 'City Ledger',
      publishedAt: '2024-02-01T07:00:00Z',
      url: 'https://ledger.example/bridge',
      fileName: 'bridge.htm',
    });
  });

  it('drops a published date later than the import', async () => {
    const page = `<html><head><meta property="article:published_time" content="2030-01-01"></head>
      <body>${longParagraph('future')}</body></html>`;
    expect((await imported('future.html', Buffer.from(page), new Date('2024-06-01'))).publishedAt).toBeNull();
  });

  it('imports Markdown with its first heading as the title', async () => {
    const markdown = '# Fact check: the *bridge*\n\nIt cost **more** than [promised](https://ledger.example/).\n\n- one\n- two\n';
    const article = await imported('notes.MD', Buffer.from(markdown));
    expect(article).toMatchObject({ title: 'Fact check: the bridge', format: 'markdown', language: null, url: null });
    expect(blockTexts(article.doc)).toEqual(['Fact check: the bridge', 'It cost more than promised.', 'one', 'two']);
    expect(markedTexts(article.doc, 'link')).toEqual(['promised']);
    expect(article.wordCount).toBe(11);
  });

  it('imports text with paragraphs split on blank lines and the first line as title', async () => {
    const article = await imported('statement.txt', Buffer.from('Statement by the mayor\n\nWe were\nnot ready.\n'));
    expect(article).toMatchObject({ title: 'Statement by the mayor', format: 'text', wordCount: 8, byline: null });
    expect(blockTexts(article.doc)).toEqual(['Statement by the mayor', 'We were not ready.']);
  });

  it('imports a UTF-16LE text file with a byte order mark', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zürich\n\nNaïve café', 'utf16le')]);
    const article = await imported('utf16.text', bytes);
    expect(article.doc.text).toBe('Zürich\n\nNaïve café');
    expect(article.sha256).toBe(sha256(bytes));
  });

  it('imports a UTF-8 file with a byte order mark, leaving the mark out', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Überschrift\n\nText', 'utf8')]);
    expect((await imported('bom.txt', bytes)).title).toBe('Überschrift');
  });

  it('counts Chinese and Japanese characters as words', async () => {
    expect((await imported('zh.txt', Buffer.from('人工智能 AI news'))).wordCount).toBe(6);
  });

  it('falls back to the file name for a title', async () => {
    const page = `<html><body><article>${longParagraph('untitled')}</article></body></html>`;
    expect((await imported('saved page.html', Buffer.from(page))).title).toBe('saved page');
  });

  it('refuses an unsupported file type, naming the file and the supported ones', async () => {
    const error = await failure(() => importFile('scan.xyz', Buffer.from('text')));
    expect(error.code).toBe('import-failed');
    expect(error.message).toBe('scan.xyz: unsupported file type ".xyz". Claimdesk imports .html, .htm, .md, .txt, .pdf, .docx');
    expect((await failure(() => importFile('README', Buffer.from('text')))).message).toMatch(/^README: unsupported file type/);
  });

  it('refuses an empty or blank file, naming it', async () => {
    expect((await failure(() => importFile('empty.txt', new Uint8Array()))).message).toBe('empty.txt: the file is empty (0 bytes).');
    expect((await failure(() => importFile('blank.md', Buffer.from(' \n\t\n')))).message).toMatch(/^blank\.md: the file is empty/);
  });

  it('refuses a binary file, naming it', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect((await failure(() => importFile('photo.txt', png))).message).toMatch(/^photo\.txt: looks like a binary file/);
    const controls = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    expect((await failure(() => importFile('noise.html', controls))).message).toMatch(/^noise\.html: looks like a binary file/);
  });

  it('refuses a page without readable text, naming it', async () => {
    const page = '<html><head><title>Gallery</title><script>var a = "words";</script></head><body><img src="a.png"></body></html>';
    expect((await failure(() => importFile('gallery.html', Buffer.from(page)))).message).toBe(
      'gallery.html: no readable text was found in it.',
    );
  });
});
