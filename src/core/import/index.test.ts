import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ClaimdeskError } from '../../shared/rpc';
import { importFile, importPastedText } from './index';
import { assertDocInvariants, blockTexts, markedTexts } from './test-helpers';

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

function imported(fileName: string, bytes: Uint8Array, now?: Date) {
  const article = importFile(fileName, bytes, now ? { now } : {});
  assertDocInvariants(article.doc);
  return article;
}

function failure(run: () => unknown): ClaimdeskError {
  try {
    run();
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
  it('imports a windows-1252 page by its <meta charset>', () => {
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
    const article = imported('cafe.html', bytes);
    expect(article.title).toBe('Le café');
    expect(article.doc.text).toContain('Un café “noir”');
    expect(article.language).toBe('fr');
    expect(article.format).toBe('html');
    expect(article.sha256).toBe(sha256(bytes));
  });

  it('imports a page with JSON-LD NewsArticle metadata', () => {
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
    const article = imported('bridge.htm', Buffer.from(page), new Date('2024-06-01'));
    expect(article).toMatchObject({
      title: 'Bridge costs double',
      byline: 'Eve Checker',
      outlet: 'City Ledger',
      publishedAt: '2024-02-01T07:00:00Z',
      url: 'https://ledger.example/bridge',
      fileName: 'bridge.htm',
    });
  });

  it('drops a published date later than the import', () => {
    const page = `<html><head><meta property="article:published_time" content="2030-01-01"></head>
      <body>${longParagraph('future')}</body></html>`;
    expect(imported('future.html', Buffer.from(page), new Date('2024-06-01')).publishedAt).toBeNull();
  });

  it('imports Markdown with its first heading as the title', () => {
    const markdown = '# Fact check: the *bridge*\n\nIt cost **more** than [promised](https://ledger.example/).\n\n- one\n- two\n';
    const article = imported('notes.MD', Buffer.from(markdown));
    expect(article).toMatchObject({ title: 'Fact check: the bridge', format: 'markdown', language: null, url: null });
    expect(blockTexts(article.doc)).toEqual(['Fact check: the bridge', 'It cost more than promised.', 'one', 'two']);
    expect(markedTexts(article.doc, 'link')).toEqual(['promised']);
    expect(article.wordCount).toBe(11);
  });

  it('imports text with paragraphs split on blank lines and the first line as title', () => {
    const article = imported('statement.txt', Buffer.from('Statement by the mayor\n\nWe were\nnot ready.\n'));
    expect(article).toMatchObject({ title: 'Statement by the mayor', format: 'text', wordCount: 8, byline: null });
    expect(blockTexts(article.doc)).toEqual(['Statement by the mayor', 'We were not ready.']);
  });

  it('imports a UTF-16LE text file with a byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zürich\n\nNaïve café', 'utf16le')]);
    const article = imported('utf16.text', bytes);
    expect(article.doc.text).toBe('Zürich\n\nNaïve café');
    expect(article.sha256).toBe(sha256(bytes));
  });

  it('imports a UTF-8 file with a byte order mark, leaving the mark out', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Überschrift\n\nText', 'utf8')]);
    expect(imported('bom.txt', bytes).title).toBe('Überschrift');
  });

  it('counts Chinese and Japanese characters as words', () => {
    expect(imported('zh.txt', Buffer.from('人工智能 AI news')).wordCount).toBe(6);
  });

  it('falls back to the file name for a title', () => {
    const page = `<html><body><article>${longParagraph('untitled')}</article></body></html>`;
    expect(imported('saved page.html', Buffer.from(page)).title).toBe('saved page');
  });

  it('refuses an unsupported file type, naming the file and the supported ones', () => {
    const error = failure(() => importFile('scan.xyz', Buffer.from('text')));
    expect(error.code).toBe('import-failed');
    expect(error.message).toBe('scan.xyz: unsupported file type ".xyz". Claimdesk imports .html, .htm, .md, .txt');
    expect(failure(() => importFile('README', Buffer.from('text'))).message).toMatch(/^README: unsupported file type/);
  });

  it('refuses an empty or blank file, naming it', () => {
    expect(failure(() => importFile('empty.txt', new Uint8Array())).message).toBe('empty.txt: the file is empty (0 bytes).');
    expect(failure(() => importFile('blank.md', Buffer.from(' \n\t\n'))).message).toMatch(/^blank\.md: the file is empty/);
  });

  it('refuses a binary file, naming it', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(failure(() => importFile('photo.txt', png)).message).toMatch(/^photo\.txt: looks like a binary file/);
    const controls = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    expect(failure(() => importFile('noise.html', controls)).message).toMatch(/^noise\.html: looks like a binary file/);
  });

  it('refuses a page without readable text, naming it', () => {
    const page = '<html><head><title>Gallery</title><script>var a = "words";</script></head><body><img src="a.png"></body></html>';
    expect(failure(() => importFile('gallery.html', Buffer.from(page))).message).toBe(
      'gallery.html: no readable text was found in it.',
    );
  });
});

describe('importPastedText', () => {
  it('takes the first line as the title and hashes the UTF-8 bytes', () => {
    const text = '  The minister said\nthat costs had doubled.\n\nA second paragraph.';
    const article = importPastedText(text, null);
    assertDocInvariants(article.doc);
    expect(article).toMatchObject({ title: 'The minister said', format: 'paste', fileName: null, sha256: sha256(Buffer.from(text, 'utf8')) });
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
