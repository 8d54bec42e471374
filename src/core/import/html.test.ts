import { describe, expect, it } from 'vitest';
import { htmlToArticle } from './html';
import { assertDocInvariants, blockTexts, markedTexts } from './test-helpers';

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the report, in which officials <em>described</em> the events of the week in considerable ` +
  `detail, with figures, names and places that a fact-checker will want to verify against the record.</p>`;

const NEWS_PAGE = `<!doctype html>
<html lang="en-GB"><head>
  <title>Storm floods the valley - Valley News</title>
  <meta property="og:site_name" content="Valley News">
  <link rel="canonical" href="https://valley.example/news/storm">
</head><body>
  <nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
  <article>
    <h1>Storm floods the valley</h1>
    <p class="byline">By Dana Reporter</p>
    ${[1, 2, 3].map(paragraph).join('\n')}
    <h2>What the mayor said</h2>
    <blockquote><p>"We were not ready," the mayor said.</p></blockquote>
    <p>More on the <a href="/news/rain">rain</a> and <strong>the river</strong>.</p>
    <ul><li>Roads closed: 12</li><li>Homes flooded: 340</li></ul>
    ${[4, 5].map(paragraph).join('\n')}
  </article>
  <footer>Copyright Valley News</footer>
</body></html>`;

describe('htmlToArticle', () => {
  it("extracts the article's blocks and marks, leaving the page's navigation and footer out", async () => {
    const { doc } = await htmlToArticle(NEWS_PAGE);
    assertDocInvariants(doc);
    const texts = blockTexts(doc);
    expect(texts).toContain('What the mayor said');
    expect(texts).toContain('"We were not ready," the mayor said.');
    expect(texts).toContain('Homes flooded: 340');
    expect(doc.text).not.toContain('Sport');
    expect(doc.text).not.toContain('Copyright');
    const kinds = new Set(doc.blocks.map((block) => block.kind));
    expect([...kinds].sort()).toEqual(['heading', 'list-item', 'paragraph', 'quote']);
    expect(markedTexts(doc, 'emphasis')).toHaveLength(5);
    expect(markedTexts(doc, 'strong')).toEqual(['the river']);
    expect(doc.marks.find((mark) => mark.kind === 'link')?.href).toBe('https://valley.example/news/rain');
  });

  it('reads the metadata, trimming the outlet from the title', async () => {
    const { metadata } = await htmlToArticle(NEWS_PAGE);
    expect(metadata).toEqual({
      title: 'Storm floods the valley',
      byline: 'Dana Reporter',
      outlet: 'Valley News',
      publishedAt: null,
      url: 'https://valley.example/news/storm',
      language: 'en-GB',
    });
  });

  it('resolves links against <base href>', async () => {
    const page = NEWS_PAGE.replace('<head>', '<head><base href="https://cdn.valley.example/mirror/">');
    const { doc } = await htmlToArticle(page);
    expect(doc.marks.find((mark) => mark.kind === 'link')?.href).toBe('https://cdn.valley.example/news/rain');
  });

  it('falls back to the body when Readability finds no article', async () => {
    const { doc } = await htmlToArticle('<html><body><table><tr><td>Only a <b>cell</b></td></tr></table></body></html>');
    assertDocInvariants(doc);
    expect(doc.text).toBe('Only a cell');
  });

  it('gives an empty document for a page without words', async () => {
    const { doc } = await htmlToArticle('<html><head><title>Pictures</title></head><body><img src="a.png" alt="A"></body></html>');
    expect(doc.text).toBe('');
  });
});
