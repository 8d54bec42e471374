// A sentence as a sparse vector: hashed word n-grams and character n-grams, plus the hand-made
// cues that also serve as reasons and the pairs of cues found together. Hashing keeps the
// model a fixed size with no vocabulary.

import { findCues, type Cue } from './cues';
import { fnv1a, fnvStep } from './hash';
import { concatScaled, HashedCounts, type SparseVector } from './sparse';

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
  /** The pairs of cue kinds in one sentence (a number with a span of time) and how many kinds there are. */
  cuePairScale: number;
}

export const DEFAULT_FEATURES: FeatureOptions = {
  hashBits: 18,
  minCharGram: 1,
  maxCharGram: 5,
  wordScale: 1,
  charScale: 1,
  cueScale: 1,
  cuePairScale: 0.5,
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
    vector: concatScaled([
      [wordGrams(tokens, counterFor(options.hashBits), mask), options.wordScale],
      [charGrams(sentence, options, counterFor(options.hashBits), mask), options.charScale],
      [cueVector(cues, mask), options.cueScale],
      [cuePairs(cues, counterFor(options.hashBits), mask), options.cuePairScale],
    ]),
    cues,
  };
}

/** The slot of a cue's own weight, which says whether the cue counts for or against. */
export function cueIndex(kind: string, hashBits: number): number {
  return fnv1a(`cue:${kind}`) & ((1 << hashBits) - 1);
}

const counters = new Map<number, HashedCounts>();

/** One counter per size, reused by every sentence: featurizing is synchronous, so never shared. */
function counterFor(hashBits: number): HashedCounts {
  let counter = counters.get(hashBits);
  if (!counter) counters.set(hashBits, (counter = new HashedCounts(1 << hashBits)));
  return counter;
}

function wordGrams(tokens: string[], counts: HashedCounts, mask: number): SparseVector {
  const padded = ['<s>', ...tokens, '</s>'];
  padded.forEach((token, i) => {
    if (i > 0 && i < padded.length - 1) counts.add(fnv1a(`w:${token}`) & mask);
    if (i > 0) counts.add(fnv1a(`b:${padded[i - 1]} ${token}`) & mask);
  });
  return counts.takeUnitVector();
}

const CHAR_GRAM = fnv1a('c:');

function charGrams(sentence: string, options: FeatureOptions, counts: HashedCounts, mask: number): SparseVector {
  const text = ` ${sentence.toLowerCase().replace(/\d/g, '0').replace(/\s+/g, ' ').trim()} `;
  for (let i = 0; i < text.length; i++) {
    let hash = CHAR_GRAM;
    for (let n = 1; n <= options.maxCharGram && i + n <= text.length; n++) {
      hash = fnvStep(hash, text.charCodeAt(i + n - 1));
      if (n >= options.minCharGram) counts.add(hash & mask);
    }
  }
  return counts.takeUnitVector();
}

function cueVector(cues: Cue[], mask: number): SparseVector {
  const indices = cueKinds(cues).map((kind) => fnv1a(`cue:${kind}`) & mask);
  return { indices, values: indices.map(() => 1) };
}

/** A claim tends to combine cues, so each pair that fires together weighs for itself. */
function cuePairs(cues: Cue[], counts: HashedCounts, mask: number): SparseVector {
  const kinds = cueKinds(cues).sort();
  kinds.forEach((first, i) => {
    for (const second of kinds.slice(i + 1)) counts.add(fnv1a(`cues:${first}+${second}`) & mask);
  });
  counts.add(fnv1a(`cues:${kinds.length}`) & mask);
  return counts.takeUnitVector();
}

function cueKinds(cues: Cue[]): string[] {
  return [...new Set(cues.map((cue) => cue.kind))];
}
