import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { completeMetadata, readMetadata } from './metadata';

const page = (head: string, body = '', htmlAttributes = '') =>
  new JSDOM(`<!doctype html><html ${htmlAttributes}><head>${head}</head><body>${body}</body></html>`).window.document;

const NEWS_ARTICLE = JSON.stringify({
  '@context': 'https://schema.org',
  '@graph': [
    { '@type': 'WebSite', name: 'Daily Example' },
    {
      '@type': ['NewsArticle'],
      headline: 'Minister resigns over  leaked memo',
      author: [{ '@type': 'Person', name: 'Ann Reporter' }, 'Bo Writer', { '@type': 'Person', url: 'https://x' }],
      publisher: { '@type': 'Organization', name: 'The Daily Example' },
      datePublished: '2024-03-05T09:30:00+0100',
      mainEntityOfPage: { '@id': 'https://daily.example/politics/minister' },
    },
  ],
});

describe('readMetadata', () => {
  it('reads a JSON-LD NewsArticle', () => {
    const found = readMetadata(page(`<script type="application/ld+json">${NEWS_ARTICLE}</script>`));
    expect(found).toEqual({
      title: 'Minister resigns over leaked memo',
      byline: 'Ann Reporter, Bo Writer',
      outlet: 'The Daily Example',
      publishedAt: '2024-03-05T09:30:00+01:00',
      url: 'https://daily.example/politics/minister',
      language: null,
    });
  });

  it('prefers meta tags to JSON-LD, and skips JSON-LD that does not parse', () => {
    const found = readMetadata(
      page(`
        <script type="application/ld+json">{ not json</script>
        <script type="application/ld+json">${NEWS_ARTICLE}</script>
        <meta property="og:title" content="Minister quits &amp; apologises">
        <meta name="author" content="By  Cy Columnist">
        <meta property="og:site_name" content="Daily Example">
        <meta property="article:published_time" content="2024-03-04">
        <link rel="canonical" href="https://daily.example/canonical">
        <meta property="og:locale" content="en_GB">`),
    );
    expect(found).toEqual({
      title: 'Minister quits & apologises',
      byline: 'Cy Columnist',
      outlet: 'Daily Example',
      publishedAt: '2024-03-04',
      url: 'https://daily.example/canonical',
      language: 'en-GB',
    });
  });

  it('takes the <html lang>, <title>, application-name and a <time> in the article when nothing better exists', () => {
    const found = readMetadata(
      page(
        '<title>  Plain\n title </title><meta name="application-name" content="Example App">',
        '<article><p>Text</p><time datetime="2023-11-02T08:00Z">2 Nov</time></article>',
        'lang="fr"',
      ),
    );
    expect(found).toMatchObject({ title: 'Plain title', outlet: 'Example App', publishedAt: '2023-11-02T08:00Z', language: 'fr' });
  });

  it('ignores author URLs, relative or non-http canonical URLs and dates without a year', () => {
    const found = readMetadata(
      page(`
        <meta property="article:author" content="https://facebook.com/someone">
        <link rel="canonical" href="/relative"><meta property="og:url" content="javascript:alert(1)">
        <meta name="date" content="yesterday">`),
    );
    expect(found).toMatchObject({ byline: null, url: null, publishedAt: null });
  });

  it('caps long values', () => {
    const found = readMetadata(page(`<meta property="og:title" content="${'word '.repeat(300)}">`));
    expect(found.title?.length).toBeLessThanOrEqual(500);
  });

  it('finds the address a browser recorded when it saved the page', () => {
    const saved = new JSDOM('<!DOCTYPE html><!-- saved from url=(0031)https://saved.example/a/story --><html><head></head></html>');
    expect(readMetadata(saved.window.document).url).toBe('https://saved.example/a/story');
  });
});

describe('completeMetadata', () => {
  const nothing = { title: null, byline: null, outlet: null, publishedAt: null, url: null, language: null };

  it("fills gaps with Readability's guesses, keeping what the page said", () => {
    const found = { ...nothing, byline: 'Page Author' };
    const guesses = { title: 'Guessed title', byline: 'by Guessed Author', siteName: 'Guessed Site', lang: 'de', publishedTime: null };
    expect(completeMetadata(found, guesses)).toMatchObject({
      title: 'Guessed title',
      byline: 'Page Author',
      outlet: 'Guessed Site',
      language: 'de',
    });
  });

  it("trims the outlet's name from the end of the title", () => {
    const complete = (title: string, outlet: string) => completeMetadata({ ...nothing, title, outlet }, null).title;
    expect(complete("Obama admits US gun laws are his 'biggest frustration' - BBC News", 'BBC News')).toBe(
      "Obama admits US gun laws are his 'biggest frustration'",
    );
    expect(complete('How to Build a Terrarium | eHow', 'eHow')).toBe('How to Build a Terrarium');
    expect(complete('West Ham hrozí gigantům | Aktuálně.cz', 'Aktuálně.cz - Víte, co se právě děje')).toBe('West Ham hrozí gigantům');
    expect(complete('Why BBC News', 'BBC News')).toBe('Why BBC News');
    expect(complete('BBC News', 'BBC News')).toBe('BBC News');
  });
});
