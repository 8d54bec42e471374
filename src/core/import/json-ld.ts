// The schema.org article a page describes in <script type="application/ld+json">.
// The JSON is only parsed, never run; a block that does not parse is skipped.

export interface JsonLdArticle {
  headline: string | null;
  authors: string[];
  publisher: string | null;
  datePublished: string | null;
  url: string | null;
}

const ARTICLE_TYPES = new Set([
  'Article', 'AdvertiserContentArticle', 'NewsArticle', 'AnalysisNewsArticle', 'AskPublicNewsArticle',
  'BackgroundNewsArticle', 'OpinionNewsArticle', 'ReportageNewsArticle', 'ReviewNewsArticle', 'Report',
  'SatiricalArticle', 'ScholarlyArticle', 'MedicalScholarlyArticle', 'SocialMediaPosting', 'BlogPosting',
  'LiveBlogPosting', 'DiscussionForumPosting', 'TechArticle', 'APIReference',
]);

type JsonObject = Record<string, unknown>;

export function readJsonLd(page: Document): JsonLdArticle | null {
  for (const script of page.querySelectorAll('script')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const article = nodesOf(parseJson(script.textContent ?? '')).find(isArticle);
    if (article) return describe(article, page.title);
  }
  return null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$/g, ''));
  } catch {
    return null;
  }
}

/** Every object of a block: top-level arrays and @graph lists hold several. */
function nodesOf(value: unknown): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(nodesOf);
  if (!isObject(value)) return [];
  return Array.isArray(value['@graph']) ? [value, ...value['@graph'].flatMap(nodesOf)] : [value];
}

function isArticle(node: JsonObject): boolean {
  const types = [node['@type']].flat();
  // "NewsArticle", "schema:NewsArticle" and "https://schema.org/NewsArticle" are one type.
  return types.some((type) => typeof type === 'string' && ARTICLE_TYPES.has(type.replace(/^.*[/:]/, '')));
}

function describe(article: JsonObject, pageTitle: string): JsonLdArticle {
  const mainEntity = article.mainEntityOfPage;
  return {
    headline: headlineOf(article, pageTitle),
    authors: [article.author].flat().map(nameOf).filter((name): name is string => name !== null),
    publisher: [article.publisher].flat().map(nameOf).find((name) => name !== null) ?? null,
    datePublished: text(article.datePublished),
    url: text(article.url) ?? text(mainEntity) ?? (isObject(mainEntity) ? (text(mainEntity['@id']) ?? text(mainEntity.url)) : null),
  };
}

/**
 * Sites disagree on "headline" and "name": some put their own name in "name", Wikipedia
 * puts a description in "headline". When they differ, the one the <title> holds wins.
 */
function headlineOf(article: JsonObject, pageTitle: string): string | null {
  const headline = text(article.headline);
  const name = text(article.name);
  const title = pageTitle.toLowerCase();
  if (headline && name && !title.includes(headline.toLowerCase()) && title.includes(name.toLowerCase())) return name;
  return headline ?? name;
}

/** A person or organization: written as a plain name or as an object with a name. */
function nameOf(value: unknown): string | null {
  return text(value) ?? (isObject(value) ? text(value.name) : null);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
