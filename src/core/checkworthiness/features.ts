// A sentence as a sparse vector: hashed word n-grams and character n-grams, plus the hand-made
// cues that also serve as reasons. Hashing keeps the model a fixed size with no vocabulary.

import { findCues, type Cue } from './cues';
import { fnv1a } from './hash';
import { concat, countsToUnitVector, type SparseVector } from './sparse';

export interface FeatureOptions {
  /** The vector has 2^hashBits slots. */
  hashBits: number;
  /** Character n-grams of the lower-cased sentence, across word boundaries: from min to max characters. */
  minCharGram: number;
  maxCharGram: number;
  /** How much each group weighs against the others; each group has unit length before scaling. */
  wordScale: number;
  charScale: number;
  cueScale: number;
}

export const DEFAULT_FEATURES: FeatureOptions = {
  hashBits: 18,
  minCharGram: 1,
  maxCharGram: 5,
  wordScale: 1,
  charScale: 1,
  cueScale: 1,
};

export interface Featurized {
  vector: SparseVector;
  cues: Cue[];
}

const TOKEN = /[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*|[$%?!"“”]/gu;

/** Lower-case tokens; digits become 0 so that "3.5 percent" and "4.2 percent" share features. */
export function tokenize(sentence: string): string[] {
  return Array.from(sentence.toLowerCase().matchAll(TOKEN), (match) => match[0].replace(/\d/g, '0').replace('’', "'"));
}

export function featurize(sentence: string, options: FeatureOptions = DEFAULT_FEATURES): Featurized {
  const mask = (1 << options.hashBits) - 1;
  const tokens = tokenize(sentence);
  const cues = findCues(sentence);
  return {
    vector: concat(
      scaled(countsToUnitVector(wordGrams(tokens, mask)), options.wordScale),
      scaled(countsToUnitVector(charGrams(sentence, options, mask)), options.charScale),
      scaled(cueVector(cues, mask), options.cueScale),
    ),
    cues,
  };
}

/** The slot of a cue's own weight, which says whether the cue counts for or against. */
export function cueIndex(kind: string, hashBits: number): number {
  return fnv1a(`cue:${kind}`) & ((1 << hashBits) - 1);
}

function wordGrams(tokens: string[], mask: number): Map<number, number> {
  const counts = new Map<number, number>();
  const add = (name: string) => {
    const index = fnv1a(name) & mask;
    counts.set(index, (counts.get(index) ?? 0) + 1);
  };
  const padded = ['<s>', ...tokens, '</s>'];
  padded.forEach((token, i) => {
    if (i > 0 && i < padded.length - 1) add(`w:${token}`);
    if (i > 0) add(`b:${padded[i - 1]} ${token}`);
  });
  return counts;
}

function charGrams(sentence: string, options: FeatureOptions, mask: number): Map<number, number> {
  const counts = new Map<number, number>();
  const text = ` ${sentence.toLowerCase().replace(/\d/g, '0').replace(/\s+/g, ' ').trim()} `;
  for (let n = options.minCharGram; n <= options.maxCharGram; n++) {
    for (let i = 0; i + n <= text.length; i++) {
      const index = fnv1a(`c:${text.slice(i, i + n)}`) & mask;
      counts.set(index, (counts.get(index) ?? 0) + 1);
    }
  }
  return counts;
}

function cueVector(cues: Cue[], mask: number): SparseVector {
  const kinds = new Set(cues.map((cue) => cue.kind));
  const indices = [...kinds].map((kind) => fnv1a(`cue:${kind}`) & mask);
  return { indices, values: indices.map(() => 1) };
}

function scaled(vector: SparseVector, scale: number): SparseVector {
  return { indices: vector.indices, values: vector.values.map((value) => value * scale) };
}
