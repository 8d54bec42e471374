// Lining up the paragraphs of two versions of an article: which stayed, which were
// changed, which were added or removed. Identical paragraphs are matched first, as a
// longest common subsequence (or, for very long documents, by the paragraphs that occur
// once in each, as patience diff does); between two matched paragraphs, an old and a new
// paragraph sharing most of their words are the same paragraph changed.

import { overlap, wordBag } from './word-overlap';

/** One step of the alignment: indexes into the old and new paragraph lists. */
export type Aligned =
  | { kind: 'same'; before: number; after: number }
  | { kind: 'changed'; before: number; after: number }
  | { kind: 'removed'; before: number }
  | { kind: 'added'; after: number };

/** Paragraph pairs the full LCS table may hold; beyond it, unique paragraphs anchor the match. */
const LCS_CELLS = 4_000_000;
/** Share of words two paragraphs must have in common to be one paragraph changed. */
const SAME_PARAGRAPH = 0.5;

export function alignParagraphs(before: readonly string[], after: readonly string[]): Aligned[] {
  const anchors = matchIdentical(before, after);
  const steps: Aligned[] = [];
  let i = 0;
  let j = 0;
  for (const [a, b] of [...anchors, [before.length, after.length] as const]) {
    steps.push(...pairSimilar(before, after, i, a, j, b));
    if (a < before.length) steps.push({ kind: 'same', before: a, after: b });
    i = a + 1;
    j = b + 1;
  }
  return steps;
}

/** Pairs [old, new] of identical paragraphs, increasing in both. */
function matchIdentical(before: readonly string[], after: readonly string[]): [number, number][] {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const middle = { from: head, beforeEnd: before.length - tail, afterEnd: after.length - tail };
  const inner = (middle.beforeEnd - head) * (middle.afterEnd - head) <= LCS_CELLS ? lcs(before, after, middle) : uniqueAnchors(before, after, middle);
  const pairs: [number, number][] = [];
  for (let k = 0; k < head; k++) pairs.push([k, k]);
  pairs.push(...inner);
  for (let k = tail; k > 0; k--) pairs.push([before.length - k, after.length - k]);
  return pairs;
}

interface Middle {
  from: number;
  beforeEnd: number;
  afterEnd: number;
}

function lcs(before: readonly string[], after: readonly string[], { from, beforeEnd, afterEnd }: Middle): [number, number][] {
  const n = beforeEnd - from;
  const m = afterEnd - from;
  const table = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[at(i, j)] = before[from + i] === after[from + j] ? table[at(i + 1, j + 1)]! + 1 : Math.max(table[at(i + 1, j)]!, table[at(i, j + 1)]!);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[from + i] === after[from + j]) {
      pairs.push([from + i, from + j]);
      i++;
      j++;
    } else if (table[at(i + 1, j)]! >= table[at(i, j + 1)]!) i++;
    else j++;
  }
  return pairs;
}

/** Paragraphs found exactly once in each version, kept where their order agrees (longest increasing run). */
function uniqueAnchors(before: readonly string[], after: readonly string[], { from, beforeEnd, afterEnd }: Middle): [number, number][] {
  const once = (list: readonly string[], end: number) => {
    const seen = new Map<string, number>();
    for (let k = from; k < end; k++) seen.set(list[k]!, seen.has(list[k]!) ? -1 : k);
    return seen;
  };
  const inAfter = once(after, afterEnd);
  const candidates: [number, number][] = [];
  for (const [text, a] of once(before, beforeEnd)) {
    const b = inAfter.get(text);
    if (a >= 0 && b !== undefined && b >= 0) candidates.push([a, b]);
  }
  candidates.sort((x, y) => x[0] - y[0]);
  return longestIncreasing(candidates);
}

/** The longest run of pairs whose second index increases (patience sorting). */
function longestIncreasing(pairs: [number, number][]): [number, number][] {
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (pairs[tails[mid]!]![1] < pairs[k]![1]) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[k] = tails[low - 1]!;
    tails[low] = k;
  }
  const run: [number, number][] = [];
  for (let k = tails.length > 0 ? tails[tails.length - 1]! : -1; k >= 0; k = previous[k]!) run.push(pairs[k]!);
  return run.reverse();
}

/**
 * Between two anchors, each old paragraph is paired in order with the first new one
 * that shares most of its words; the others were removed or added.
 */
function pairSimilar(before: readonly string[], after: readonly string[], i: number, iEnd: number, j: number, jEnd: number): Aligned[] {
  const steps: Aligned[] = [];
  const bags = new Map<number, Map<string, number>>();
  const bagOf = (k: number) => bags.get(k) ?? bags.set(k, wordBag(after[k]!)).get(k)!;
  let next = j;
  for (let a = i; a < iEnd; a++) {
    const old = wordBag(before[a]!);
    let match = -1;
    for (let b = next; b < jEnd && match < 0; b++) if (overlap(old, bagOf(b)) >= SAME_PARAGRAPH) match = b;
    if (match < 0) {
      steps.push({ kind: 'removed', before: a });
      continue;
    }
    for (; next < match; next++) steps.push({ kind: 'added', after: next });
    steps.push({ kind: 'changed', before: a, after: match });
    next = match + 1;
  }
  for (; next < jEnd; next++) steps.push({ kind: 'added', after: next });
  return steps;
}
