// Copy clusters at desk scale: 10,000 articles of generated reporting (the sentences of
// large-case.ts), a fifth of them reprints or rewrites of an earlier one. Clustering is
// timed against fingerprinting the same articles (the index it reads, built on import),
// and at a tenth of the size, to show it grows about linearly, not with the pairs.

import { findClusters } from '../src/core/provenance/clusters';
import { FingerprintIndex } from '../src/core/provenance/fingerprint-index';
import { bestTime } from './corpus';
import { fillerSentence, personName } from './news-text';
import { seededRandom, type Random } from './seeded-random';

const ARTICLES = 10_000;
/** Share of articles that copy an earlier one (a reprint or a rewrite). */
const COPY_SHARE = 0.2;
/** Above this growth from 1× to 10× the articles, clustering is not near-linear. */
const LINEAR_LIMIT = 15;

interface Generated {
  texts: Map<string, string>;
  /** Planted copies: each copy's id and the original's. */
  copies: Array<[string, string]>;
}

export async function benchClusters(): Promise<void> {
  console.log('\n## Copy clusters (generated reporting, a fifth of it copies)\n');
  const large = generate(ARTICLES, seededRandom(5));
  const small = generate(ARTICLES / 10, seededRandom(6));
  // Fingerprinting 10,000 articles takes long enough to time once.
  const started = performance.now();
  const largeIndex = indexOf(large);
  const fingerprinting = performance.now() - started;
  const clustering = await bestTime(() => void cluster(largeIndex, large));
  const smallIndex = indexOf(small);
  const clusteringSmall = await bestTime(() => void cluster(smallIndex, small));
  const { precision, recall } = quality(cluster(largeIndex, large), large);
  const growth = clustering / clusteringSmall;
  console.log('| figure | measured | baseline | ratio |');
  console.log('|---|---|---|---|');
  console.log(`| cluster ${ARTICLES.toLocaleString('en')} articles | ${ms(clustering)} | ${ms(fingerprinting)} fingerprinting them | ${(clustering / fingerprinting).toFixed(2)}× |`);
  console.log(`| growth from ${(ARTICLES / 10).toLocaleString('en')} to ${ARTICLES.toLocaleString('en')} articles | ${ms(clustering)} | ${ms(clusteringSmall)} | ${growth.toFixed(1)}× (near-linear: ≤ ${LINEAR_LIMIT}×) |`);
  console.log(`\nPlanted copies found: recall ${(recall * 100).toFixed(1)}%, precision ${(precision * 100).toFixed(1)}% (pairs of articles put in one cluster).`);
  if (growth > LINEAR_LIMIT) console.log(`WARNING: clustering grew ${growth.toFixed(1)}× on 10× the articles.`);
}

function generate(count: number, random: Random): Generated {
  const texts = new Map<string, string>();
  const copies: Array<[string, string]> = [];
  const ids: string[] = [];
  for (let n = 0; n < count; n++) {
    const id = `art_${n}`;
    const original = ids.length > 0 && random.chance(COPY_SHARE) ? random.pick(ids) : null;
    texts.set(id, original ? copyOf(texts.get(original)!, random) : story(random));
    if (original) copies.push([id, original]);
    else ids.push(id);
  }
  return { texts, copies };
}

/** 300–800 words of reporting in paragraphs of two to five sentences. */
function story(random: Random): string {
  const target = random.int(300, 800);
  const paragraphs: string[] = [];
  for (let words = 0; words < target; ) {
    const sentences = Array.from({ length: random.int(2, 5) }, () => particular(fillerSentence(random), random));
    words += sentences.join(' ').split(' ').length;
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n\n');
}

/**
 * The generator's sentences come from a few dozen templates; real reports differ in their
 * names and figures, so two of those go into each sentence.
 */
function particular(sentence: string, random: Random): string {
  const words = sentence.split(' ');
  for (let n = 0; n < 2; n++) words.splice(random.int(1, words.length - 1), 0, random.chance(0.5) ? personName(random) : String(random.int(2, 99_999)));
  return words.join(' ');
}

/** A reprint as is, or a rewrite: a new lead, a paragraph cut, a sentence added. */
function copyOf(text: string, random: Random): string {
  if (random.chance(0.5)) return text;
  const paragraphs = text.split('\n\n');
  paragraphs[0] = fillerSentence(random);
  paragraphs.splice(random.int(1, Math.max(1, paragraphs.length - 1)), 1);
  paragraphs.push(fillerSentence(random));
  return paragraphs.join('\n\n');
}

function indexOf({ texts }: Generated): FingerprintIndex {
  const index = new FingerprintIndex();
  for (const [id, text] of texts) index.add(id, text);
  return index;
}

function cluster(index: FingerprintIndex, { texts }: Generated) {
  return findClusters(index, { articleIds: [...texts.keys()], order: (id) => id });
}

/** Pairs in one cluster against pairs planted (a copy and its original, and copies of one original). */
function quality(clusters: ReturnType<typeof cluster>, { copies }: Generated): { precision: number; recall: number } {
  const originalOf = new Map(copies);
  const root = (id: string) => originalOf.get(id) ?? id;
  const plantedPairs = new Map<string, number>();
  for (const [copy] of copies) plantedPairs.set(root(copy), (plantedPairs.get(root(copy)) ?? 0) + 1);
  let planted = 0;
  for (const size of plantedPairs.values()) planted += ((size + 1) * size) / 2;
  let found = 0;
  let right = 0;
  for (const group of clusters) {
    const ids = group.articleIds;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        found++;
        if (root(ids[i]!) === root(ids[j]!)) right++;
      }
    }
  }
  return { precision: found === 0 ? 1 : right / found, recall: planted === 0 ? 1 : right / planted };
}

function ms(value: number): string {
  return `${Math.round(value).toLocaleString('en')} ms`;
}
