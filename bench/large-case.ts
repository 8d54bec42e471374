// A desk-scale case, generated: a monitoring desk's year of articles, claims, sources,
// evidence and history, written as a case folder the store opens. Deterministic from a
// seed; written with plain writes (no fsync), since it is test and bench data.
// The bench's scale section and the large-case e2e story both start from it.

import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CLAIM_TYPES,
  CONFIDENCES,
  CREDIBILITIES,
  RELATIONS,
  RELIABILITIES,
  SCHEMA_VERSION,
  VERDICTS,
  type Appearance,
  type Article,
  type ArticleSummary,
  type Block,
  type CaseData,
  type Claim,
  type Evidence,
  type HistoryEntry,
  type Id,
  type Source,
  type Tag,
  type Workspace,
} from '../src/shared/model';
import { selectorFor } from '../src/shared/selector';
import { claimCore, claimSentence, fillerSentence, headline, organisation, OUTLETS, personName, speaker } from './news-text';
import { seededRandom, type Random } from './seeded-random';

export interface CaseSize {
  articles: number;
  claims: number;
  sources: number;
  evidence: number;
  history: number;
}

/** A desk's year in one case (issue 11). */
export const DESK_SCALE: Readonly<CaseSize> = Object.freeze({
  articles: 10_000,
  claims: 50_000,
  sources: 5_000,
  evidence: 50_000,
  history: 100_000,
});

const ANALYST = 'Desk analyst';
const TAG_COUNT = 40;
/** Outlets carry each other's quotes: this share of articles repeats a recent claim. */
const CARRIED_SHARE = 0.3;
const RECENT_CLAIMS = 64;
/** A tenth of the sources are articles of the case, so evidence can cite their passages. */
const ARTICLE_SOURCE_SHARE = 0.1;
/** Article files written at once: enough to keep the disk busy, few enough for any open-file limit. */
const WRITES_IN_FLIGHT = 64;
const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1);

export async function generateLargeCase(dir: string, size: CaseSize, seed = 1): Promise<void> {
  const random = seededRandom(seed);
  await mkdir(join(dir, 'articles'), { recursive: true });
  await mkdir(join(dir, 'originals'), { recursive: true });
  const workspace = workspaceOf(random);
  const tags = tagsOf(random);
  const built = await writeArticles(dir, size, tags, random);
  const sources = sourcesOf(size.sources, built.articles, random);
  const evidence = evidenceOf(size.evidence, built, sources, random);
  const data: CaseData = {
    workspace,
    articles: built.articles,
    claims: built.claims,
    appearances: built.appearances,
    sources,
    evidence,
    tags,
    layout: null,
  };
  const history = historyOf(data, size.history, random);
  await writeFile(join(dir, 'history.jsonl'), history);
  // A snapshot that holds everything its history records: nothing to replay on open.
  const journal = { seq: 0, offset: Buffer.byteLength(history) };
  await writeFile(join(dir, 'claimdesk.json'), JSON.stringify({ ...data, journal }));
}

// ---------------------------------------------------------------- ids and dates

const counters = new WeakMap<Random, Map<string, number>>();

/** Random-looking like the store's ids (prefix_ and 12 base-36 characters), unique by a counter. */
function idOf(prefix: string, random: Random): Id {
  const perRandom = counters.get(random) ?? new Map<string, number>();
  counters.set(random, perRandom);
  const count = perRandom.get(prefix) ?? 0;
  perRandom.set(prefix, count + 1);
  let noise = '';
  while (noise.length < 7) noise += Math.floor(random.next() * 36).toString(36);
  return `${prefix}_${noise}${count.toString(36).padStart(5, '0')}`;
}

/** The day of the year (0–364) the index-th of `count` items belongs to, plus some hours. */
function dateOf(index: number, count: number, random: Random): string {
  return new Date(START + Math.floor((index / Math.max(1, count)) * 364 * DAY) + random.int(0, DAY - 1)).toISOString();
}

function later(iso: string, random: Random, maxDays = 3): string {
  return new Date(Date.parse(iso) + random.int(60_000, maxDays * DAY)).toISOString();
}

// ---------------------------------------------------------------- workspace and tags

function workspaceOf(random: Random): Workspace {
  return {
    id: idOf('case', random),
    name: 'Regional monitoring desk, 2025',
    schemaVersion: SCHEMA_VERSION,
    analyst: ANALYST,
    methodology:
      'Claims were taken word for word from the monitored outlets and tagged where they appear.\n\n' +
      'Evidence was sought first from primary records, then from independent reporting that names its sources.',
    createdAt: new Date(START).toISOString(),
  };
}

const TAG_WORDS = ['economy', 'security', 'health', 'elections', 'migration', 'energy', 'housing', 'protest'] as const;

function tagsOf(random: Random): Tag[] {
  return Array.from({ length: TAG_COUNT }, (_, index) => ({
    name: `${TAG_WORDS[index % TAG_WORDS.length]}${index < TAG_WORDS.length ? '' : `-${Math.floor(index / TAG_WORDS.length)}`}`,
    color: `#${random.int(0, 0xffffff).toString(16).padStart(6, '0')}`,
  }));
}

// ---------------------------------------------------------------- articles, claims, appearances

interface BuiltArticles {
  articles: ArticleSummary[];
  claims: Claim[];
  appearances: Appearance[];
  /** Texts of the articles that are also sources, for evidence citing their passages. */
  sourceTexts: Map<Id, string>;
}

/** A sentence of an article under construction, and the claim words in it, if any. */
interface Sentence {
  text: string;
  claim?: { id: Id; start: number; end: number };
}

async function writeArticles(dir: string, size: CaseSize, tags: readonly Tag[], random: Random): Promise<BuiltArticles> {
  const built: BuiltArticles = { articles: [], claims: [], appearances: [], sourceTexts: new Map() };
  const keepText = Math.floor(size.sources * ARTICLE_SOURCE_SHARE);
  const recent: { id: Id; core: string }[] = [];
  let writes: Promise<void>[] = [];
  for (let index = 0; index < size.articles; index++) {
    const publishedAt = dateOf(index, size.articles, random);
    const sentences = fillerSentences(random);
    const ownClaims = share(index, size.claims, size.articles);
    for (let count = 0; count < ownClaims; count++) {
      const claim = newClaim(built.claims.length, size.claims, tags, publishedAt, random);
      built.claims.push(claim.claim);
      recent.push({ id: claim.claim.id, core: claim.core });
      if (recent.length > RECENT_CLAIMS) recent.shift();
      insertAtRandom(sentences, claim.sentence, random);
    }
    if (recent.length > ownClaims && random.chance(CARRIED_SHARE)) {
      const carried = recent[random.int(0, recent.length - 1 - ownClaims)]!;
      insertAtRandom(sentences, sentenceFor(carried.id, carried.core, random), random);
    }
    const article = articleOf(idOf('art', random), headline(random), sentences, publishedAt, built, random);
    built.articles.push(summaryOf(article));
    if (index < keepText) built.sourceTexts.set(article.id, article.doc.text);
    writes.push(writeFile(join(dir, 'articles', `${article.id}.json`), JSON.stringify(article)));
    if (writes.length >= WRITES_IN_FLIGHT) {
      await Promise.all(writes);
      writes = [];
    }
  }
  await Promise.all(writes);
  return built;
}

/** How many of `total` items the index-th of `slots` gets, spread evenly. */
function share(index: number, total: number, slots: number): number {
  return Math.floor(((index + 1) * total) / slots) - Math.floor((index * total) / slots);
}

/** 300–800 words of reporting around the claims. */
function fillerSentences(random: Random): Sentence[] {
  const target = random.int(300, 800);
  const sentences: Sentence[] = [];
  for (let words = 0; words < target; ) {
    const text = fillerSentence(random);
    words += text.split(' ').length;
    sentences.push({ text });
  }
  return sentences;
}

function insertAtRandom(sentences: Sentence[], sentence: Sentence, random: Random): void {
  sentences.splice(random.int(0, sentences.length), 0, sentence);
}

function sentenceFor(claimId: Id, core: string, random: Random): Sentence {
  const said = claimSentence(random, speaker(random), core);
  return { text: said.text, claim: { id: claimId, start: said.start, end: said.end } };
}

function newClaim(
  index: number,
  count: number,
  tags: readonly Tag[],
  publishedAt: string,
  random: Random,
): { claim: Claim; core: string; sentence: Sentence } {
  const who = speaker(random);
  const core = claimCore(random);
  const said = claimSentence(random, who, core);
  const createdAt = later(publishedAt, random);
  const verdict = random.chance(0.3) ? 'unrated' : random.pick(VERDICTS);
  const claim: Claim = {
    id: idOf('clm', random),
    statement: `${said.text.slice(said.start, said.end)}.`.replace(/^./, (first) => first.toUpperCase()),
    claimant: `${who.name}, ${who.role}`,
    type: random.pick(CLAIM_TYPES),
    tags: Array.from(new Set(Array.from({ length: random.int(0, 3) }, () => random.pick(tags).name))),
    verdict,
    confidence: verdict === 'unrated' ? null : random.pick(CONFIDENCES),
    rationale: verdict === 'unrated' ? '' : `Checked against ${organisation(random)} figures (item ${index + 1} of ${count}).`,
    createdAt,
    updatedAt: random.chance(0.4) ? later(createdAt, random, 30) : createdAt,
  };
  return { claim, core, sentence: { text: said.text, claim: { id: claim.id, start: said.start, end: said.end } } };
}

function articleOf(
  id: Id,
  title: string,
  sentences: readonly Sentence[],
  publishedAt: string,
  built: BuiltArticles,
  random: Random,
): Article {
  const outlet = random.pick(OUTLETS);
  const blocks: Block[] = [{ kind: 'heading', start: 0, end: title.length, level: 1 }];
  const quotes: { claimId: Id; start: number; end: number }[] = [];
  let text = title;
  for (let at = 0; at < sentences.length; ) {
    const paragraph = sentences.slice(at, at + random.int(2, 5));
    at += paragraph.length;
    text += '\n\n';
    const start = text.length;
    for (const [position, sentence] of paragraph.entries()) {
      if (position > 0) text += ' ';
      if (sentence.claim) {
        quotes.push({ claimId: sentence.claim.id, start: text.length + sentence.claim.start, end: text.length + sentence.claim.end });
      }
      text += sentence.text;
    }
    blocks.push({ kind: 'paragraph', start, end: text.length });
  }
  for (const quote of quotes) {
    built.appearances.push({
      id: idOf('app', random),
      claimId: quote.claimId,
      articleId: id,
      selector: selectorFor(text, quote.start, quote.end),
      status: 'anchored',
      createdAt: later(publishedAt, random),
    });
  }
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return {
    id,
    title,
    outlet,
    byline: random.chance(0.8) ? personName(random) : null,
    url: `https://${outlet.toLowerCase().replace(/[^a-z]+/g, '')}.example/${publishedAt.slice(0, 10).replaceAll('-', '/')}/${slug}`,
    publishedAt,
    importedAt: later(publishedAt, random),
    format: 'html',
    fileName: `${slug}.html`,
    sha256: createHash('sha256').update(text).digest('hex'),
    wordCount: text.split(/\s+/).length,
    language: 'en',
    version: 1,
    previousVersionId: null,
    doc: { text, blocks, marks: [] },
  };
}

function summaryOf(article: Article): ArticleSummary {
  const { doc: _body, ...summary } = article;
  return summary;
}

// ---------------------------------------------------------------- sources and evidence

const SOURCE_KINDS = ['official-statement', 'dataset', 'report', 'interview', 'social-media', 'other'] as const;

function sourcesOf(count: number, articles: readonly ArticleSummary[], random: Random): Source[] {
  const asArticles = Math.min(articles.length, Math.floor(count * ARTICLE_SOURCE_SHARE));
  return Array.from({ length: count }, (_, index): Source => {
    const article = index < asArticles ? articles[index]! : null;
    const publisher = article?.outlet ?? organisation(random).replace(/^(the|an|a) /, '');
    return {
      id: idOf('src', random),
      title: article?.title ?? `${publisher.replace(/^./, (first) => first.toUpperCase())}: statement ${index + 1}`,
      url: article?.url ?? (random.chance(0.7) ? `https://records.example/${index + 1}` : null),
      publisher,
      author: random.chance(0.5) ? personName(random) : null,
      authors: [],
      containerTitle: null,
      cslType: null,
      publishedAt: article?.publishedAt ?? dateOf(index, count, random).slice(0, 10),
      accessedAt: '2025-12-31',
      kind: article ? 'article' : random.pick(SOURCE_KINDS),
      reliability: random.pick(RELIABILITIES),
      notes: random.chance(0.2) ? 'Primary record; checked against the published original.' : '',
      articleId: article?.id ?? null,
    };
  });
}

function evidenceOf(count: number, built: BuiltArticles, sources: readonly Source[], random: Random): Evidence[] {
  const { claims, sourceTexts } = built;
  if (claims.length === 0 || sources.length === 0) return [];
  return Array.from({ length: count }, (): Evidence => {
    const claim = random.pick(claims);
    const source = random.pick(sources);
    const text = source.articleId === null ? undefined : sourceTexts.get(source.articleId);
    const passage = text && random.chance(0.6) ? passageIn(source.articleId!, text, random) : null;
    return {
      id: idOf('evd', random),
      claimId: claim.id,
      sourceId: source.id,
      relation: random.pick(RELATIONS),
      credibility: random.pick(CREDIBILITIES),
      excerpt: passage?.selector.quote.exact ?? (random.chance(0.5) ? fillerSentence(random) : ''),
      passage,
      note: random.chance(0.3) ? 'Figures for the same period.' : '',
      createdAt: later(claim.createdAt, random, 20),
    };
  });
}

/** A whole sentence of the text: from after a sentence's end to the next one's. */
function passageIn(articleId: Id, text: string, random: Random): Evidence['passage'] {
  const from = text.indexOf('. ', random.int(0, Math.max(0, text.length - 200)));
  const start = from === -1 ? 0 : from + 2;
  const stop = text.indexOf('.', start);
  const end = stop === -1 ? text.length : stop + 1;
  return { articleId, selector: selectorFor(text, start, end) };
}

// ---------------------------------------------------------------- history

/**
 * `count` lines of history.jsonl: the case's creation, then its entities' creations in
 * the order they were made, with an analyst's later edits of claims mixed in.
 */
function historyOf(data: CaseData, count: number, random: Random): string {
  const stamp = { actor: ANALYST };
  const lines: string[] = [];
  const push = (entry: Omit<HistoryEntry, 'actor'>): void => void lines.push(JSON.stringify({ ...entry, ...stamp }));
  push({ at: data.workspace.createdAt, action: 'create', entity: 'workspace', entityId: data.workspace.id, before: null, after: data.workspace });
  const created = creations(data);
  for (let next = 0; lines.length < count; ) {
    const creation = created[next];
    if (creation && !random.chance(0.2)) {
      push({ at: creation.at, action: 'create', entity: creation.entity, entityId: creation.value.id, before: null, after: creation.value });
      next += 1;
    } else if (data.claims.length > 0) {
      const claim = random.pick(data.claims);
      const after = { ...claim, verdict: random.pick(VERDICTS) };
      push({ at: claim.updatedAt, action: 'update', entity: 'claim', entityId: claim.id, before: claim, after });
    } else {
      break;
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

function* creationsOf<T extends { id: Id }>(
  entity: HistoryEntry['entity'],
  items: readonly T[],
  at: (item: T) => string,
): Generator<{ entity: HistoryEntry['entity']; value: T; at: string }> {
  for (const value of items) yield { entity, value, at: at(value) };
}

function creations(data: CaseData): { entity: HistoryEntry['entity']; value: { id: Id }; at: string }[] {
  return [
    ...creationsOf('article', data.articles, (article) => article.importedAt),
    ...creationsOf('source', data.sources, () => '2025-12-31T00:00:00.000Z'),
    ...creationsOf('claim', data.claims, (claim) => claim.createdAt),
    ...creationsOf('appearance', data.appearances, (appearance) => appearance.createdAt),
    ...creationsOf('evidence', data.evidence, (item) => item.createdAt),
  ];
}
