// What a saved page says about itself, from its meta tags, JSON-LD and a few
// conventions. Read before Readability runs: Readability removes the scripts that hold
// the JSON-LD. Values are the page's words, trimmed, collapsed and capped.

import { isoDate } from './dates';
import { readJsonLd } from './json-ld';
import { pageUrl } from './links';
import { shorten } from './title';

const MAX_VALUE_LENGTH = 500;
const COMMENT_NODE = 8;
/** How sites join a page's title and their name: "Title - Site", "Title | Site", … */
const SEPARATOR = /\s+[-–—|·:»/]\s+/;
const TRAILING_SEPARATOR = /\s*[-–—|·:»/]\s*$/;

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  outlet: string | null;
  publishedAt: string | null;
  url: string | null;
  language: string | null;
}

/** What Readability guessed about the page (its own reading of much the same tags). */
export type ReadabilityGuesses = Partial<
  Record<'title' | 'byline' | 'siteName' | 'publishedTime' | 'lang', string | null | undefined>
>;

type Candidate = string | null | undefined;

export function readMetadata(page: Document): PageMetadata {
  const meta = metaTags(page);
  const one = (key: string) => meta.get(key)?.[0];
  const all = (key: string) => [...new Set(meta.get(key))].join(', ');
  const jsonLd = readJsonLd(page);
  const articleTime = page.querySelector('article time[datetime], time[pubdate][datetime]');
  return {
    title: firstOf(cleanText, [
      one('og:title'),
      one('twitter:title'),
      jsonLd?.headline,
      one('dc:title'),
      one('dcterms:title'),
      one('parsely-title'),
      page.title,
    ]),
    byline: firstOf(cleanByline, [
      all('author'),
      all('dc:creator'),
      all('dcterms:creator'),
      all('article:author'),
      jsonLd?.authors.join(', '),
      one('parsely-author'),
    ]),
    outlet: firstOf(cleanText, [one('og:site_name'), jsonLd?.publisher, one('application-name')]),
    publishedAt: firstOf(isoDate, [
      one('article:published_time'),
      jsonLd?.datePublished,
      one('datepublished'),
      one('date'),
      one('pubdate'),
      one('publishdate'),
      one('dc:date'),
      one('dcterms:created'),
      one('parsely-pub-date'),
      articleTime?.getAttribute('datetime'),
    ]),
    url: firstOf((value) => pageUrl(value), [
      page.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href'),
      one('og:url'),
      jsonLd?.url,
      savedFromUrl(page),
    ]),
    language: firstOf(languageTag, [
      page.documentElement.getAttribute('lang'),
      page.documentElement.getAttribute('xml:lang'),
      one('og:locale'),
      one('content-language'),
    ]),
  };
}

/** Fills what the page did not say with Readability's guesses; the page's own tags win. */
export function completeMetadata(found: PageMetadata, guesses: ReadabilityGuesses | null): PageMetadata {
  const outlet = found.outlet ?? cleanText(guesses?.siteName);
  const title = found.title ?? cleanText(guesses?.title);
  return {
    title: title && withoutOutletSuffix(title, outlet),
    byline: found.byline ?? cleanByline(guesses?.byline),
    outlet,
    publishedAt: found.publishedAt ?? firstOf(isoDate, [guesses?.publishedTime]),
    url: found.url,
    language: found.language ?? languageTag(guesses?.lang),
  };
}

/**
 * Meta tag contents by lower-cased name, property, itemprop or http-equiv; "dc.title"
 * and "dc:title" are one key. A tag repeated (several authors) keeps every value.
 */
function metaTags(page: Document): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const meta of page.querySelectorAll('meta[content]')) {
    const content = meta.getAttribute('content') ?? '';
    const names = ['name', 'property', 'itemprop', 'http-equiv'].map((attribute) => meta.getAttribute(attribute) ?? '');
    // RDFa lets one property attribute hold several names.
    for (const name of names.join(' ').split(/\s+/)) {
      if (!name) continue;
      const key = name.toLowerCase().replace(/\./g, ':');
      const values = tags.get(key);
      if (values) values.push(content);
      else tags.set(key, [content]);
    }
  }
  return tags;
}

function firstOf(clean: (value: string) => string | null, candidates: Candidate[]): string | null {
  for (const candidate of candidates) {
    const value = candidate ? clean(candidate) : null;
    if (value) return value;
  }
  return null;
}

function cleanText(value: Candidate): string | null {
  const text = value?.replace(/\s+/g, ' ').trim().normalize('NFC');
  return text ? shorten(text, MAX_VALUE_LENGTH) : null;
}

/** Bylines name people: a profile URL is not a name, and "By" is not part of one. */
function cleanByline(value: Candidate): string | null {
  const text = cleanText(value)?.replace(/^by\s+/i, '');
  return text && !/^(?:https?:\/\/|www\.)/i.test(text) ? text : null;
}

/** "en_US" (og:locale) and "en-us" are both "en-US"; anything that is not a language tag is dropped. */
function languageTag(value: Candidate): string | null {
  try {
    return value ? (Intl.getCanonicalLocales(value.trim().replace(/_/g, '-'))[0] ?? null) : null;
  } catch {
    return null;
  }
}

/**
 * "Obama admits … - BBC News" → "Obama admits …" when the outlet is BBC News. An outlet
 * with a tagline ("Aktuálně.cz - Víte, co se právě děje") is matched by its name alone.
 */
function withoutOutletSuffix(title: string, outlet: string | null): string {
  if (!outlet) return title;
  for (const name of new Set([outlet, outlet.split(SEPARATOR)[0] ?? outlet])) {
    const trimmed = withoutSuffix(title, name);
    if (trimmed) return trimmed;
  }
  return title;
}

function withoutSuffix(title: string, suffix: string): string | null {
  if (title.length <= suffix.length || !title.toLowerCase().endsWith(suffix.toLowerCase())) return null;
  const rest = title.slice(0, title.length - suffix.length);
  const separator = TRAILING_SEPARATOR.exec(rest);
  return separator ? rest.slice(0, separator.index).trim() || null : null;
}

/**
 * Browsers mark saved pages with where they came from: "<!-- saved from url=(0042)https://… -->"
 * (Chrome, Edge) or SingleFile's "url: https://…" comment.
 */
function savedFromUrl(page: Document): string | null {
  const places = [page, page.documentElement, page.head].filter((place): place is Document | HTMLElement => !!place);
  for (const place of places) {
    for (let node = place.firstChild; node; node = node.nextSibling) {
      if (node.nodeType !== COMMENT_NODE) continue;
      const url = /saved from url=\(\d+\)(\S+)|^\s*url: (\S+)/im.exec(node.nodeValue ?? '');
      if (url) return url[1] ?? url[2] ?? null;
    }
  }
  return null;
}
