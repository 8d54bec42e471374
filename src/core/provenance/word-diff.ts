// Word-level comparison of two texts, as lists of normalized words (see fingerprint.ts):
// the diff of two whole lists (Myers' O(ND) greedy algorithm, 1986), and the best place
// of a short list inside a long one (Sellers' approximate matching, 1980, over words).
//
// The diff keeps one row of the search per edit, so its memory grows with the square of
// the number of edits, not with the texts' lengths; past MAX_EDITS it gives up on the
// detail and reports the middle of the texts as one replacement, which for texts that
// different is what a reader sees anyway.

/** Beyond this many inserted or deleted words the diff stops looking for shared words. */
export const MAX_EDITS = 2000;

/** A half-open range of word indices. */
export interface WordRange {
  start: number;
  end: number;
}

export type DiffOpKind = 'equal' | 'replace' | 'delete' | 'insert';

/** Words a[a.start, a.end) become b[b.start, b.end); one side is empty for delete and insert. */
export interface DiffOp {
  kind: DiffOpKind;
  a: WordRange;
  b: WordRange;
}

/** The steps from a to b, in order, covering both lists; equal runs alternate with changes. */
export function diffWords(a: readonly string[], b: readonly string[], maxEdits = MAX_EDITS): DiffOp[] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  ) {
    suffix++;
  }
  const middleA = a.slice(prefix, a.length - suffix);
  const middleB = b.slice(prefix, b.length - suffix);
  const script = editScript(middleA, middleB, maxEdits) ?? [
    ...middleA.map(() => 'delete' as const),
    ...middleB.map(() => 'insert' as const),
  ];
  const steps: Step[] = [
    ...repeat('equal', prefix),
    ...script,
    ...repeat('equal', suffix),
  ];
  return groupSteps(steps);
}

/** Where the run of words occurs unchanged in `text` at or after `from`, or -1. */
export function indexOfRun(text: readonly string[], run: readonly string[], from = 0): number {
  outer: for (let i = from; i + run.length <= text.length; i++) {
    for (let j = 0; j < run.length; j++) if (text[i + j] !== run[j]) continue outer;
    return i;
  }
  return -1;
}

export interface Alignment {
  /** The words of the text the pattern was found at. */
  start: number;
  end: number;
  /** Words inserted, deleted or substituted between the pattern and text[start, end). */
  edits: number;
}

/**
 * Where in `text` the pattern occurs with the fewest word edits, the earliest of equals
 * (and of those ending there, the longest); null when every place needs more than maxEdits. Cost: pattern × text words.
 */
export function alignWords(pattern: readonly string[], text: readonly string[], maxEdits: number): Alignment | null {
  const m = pattern.length;
  const n = text.length;
  if (m === 0) return null;
  // cost[j]: edits between the pattern's first i words and the best text span ending at j;
  // from[j]: where that span starts. Row 0: the empty pattern matches anywhere, free.
  let [cost, from, nextCost, nextFrom] = rows(n + 1);
  for (let j = 0; j <= n; j++) {
    cost[j] = 0;
    from[j] = j;
  }
  for (let i = 1; i <= m; i++) {
    nextCost[0] = i;
    nextFrom[0] = 0;
    let rowBest = i;
    const word = pattern[i - 1];
    for (let j = 1; j <= n; j++) {
      let best = cost[j - 1]! + (text[j - 1] === word ? 0 : 1);
      let start = from[j - 1]!;
      // Of equal costs the span starting earlier: "is not orchestrating an attack" carries
      // "is orchestrating an attack" with "not" inserted, not with "is" changed to "not".
      if (cost[j]! + 1 < best || (cost[j]! + 1 === best && from[j]! < start)) {
        best = cost[j]! + 1;
        start = from[j]!;
      }
      if (nextCost[j - 1]! + 1 < best || (nextCost[j - 1]! + 1 === best && nextFrom[j - 1]! < start)) {
        best = nextCost[j - 1]! + 1;
        start = nextFrom[j - 1]!;
      }
      nextCost[j] = best;
      nextFrom[j] = start;
      if (best < rowBest) rowBest = best;
    }
    // No cell of a later row costs less than the best of this one.
    if (rowBest > maxEdits) return null;
    const costs = cost;
    cost = nextCost;
    nextCost = costs;
    const froms = from;
    from = nextFrom;
    nextFrom = froms;
  }
  let end = 0;
  for (let j = 1; j <= n; j++) if (cost[j]! < cost[end]!) end = j;
  if (cost[end]! > maxEdits) return null;
  return { start: from[end]!, end, edits: cost[end]! };
}

let scratch: [Int32Array, Int32Array, Int32Array, Int32Array] = [new Int32Array(256), new Int32Array(256), new Int32Array(256), new Int32Array(256)];

/**
 * Four rows of at least `length` cells for alignWords, reused from call to call: a quote's
 * lookup aligns it with hundreds of places, and fresh rows for each cost more than the
 * alignment itself.
 */
function rows(length: number): [Int32Array, Int32Array, Int32Array, Int32Array] {
  if (scratch[0].length < length) scratch = [0, 1, 2, 3].map(() => new Int32Array(Math.max(length, 2 * scratch[0].length))) as typeof scratch;
  return scratch;
}

type Step = 'equal' | 'delete' | 'insert';

function repeat(step: Step, times: number): Step[] {
  return Array.from({ length: times }, () => step);
}

/** Myers' shortest edit script, or null when it needs more than maxEdits steps. */
function editScript(a: readonly string[], b: readonly string[], maxEdits: number): Step[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  // v[k + offset]: the furthest x reached on diagonal k = x - y.
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m);
    }
  }
  return null;
}

/** The steps that led to (n, m), read backwards through the saved rows of the search. */
function backtrack(trace: Int32Array[], n: number, m: number): Step[] {
  const steps: Step[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const row = trace[d]!;
    const at = (k: number): number => row[k + d]!;
    const k = x - y;
    // At d = 0 the path began at the origin and ran along equal words only.
    const previousK = d === 0 ? 0 : k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : at(previousK);
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      steps.push('equal');
      x--;
      y--;
    }
    if (d > 0) steps.push(x === previousX ? 'insert' : 'delete');
    x = previousX;
    y = previousY;
  }
  return steps.reverse();
}

/** Steps as runs: each run of deletions and insertions between equal words is one op. */
function groupSteps(steps: readonly Step[]): DiffOp[] {
  const ops: DiffOp[] = [];
  let i = 0;
  let x = 0;
  let y = 0;
  while (i < steps.length) {
    const a = { start: x, end: x };
    const b = { start: y, end: y };
    if (steps[i] === 'equal') {
      while (steps[i] === 'equal') {
        i++;
        x++;
        y++;
      }
      ops.push({ kind: 'equal', a: { ...a, end: x }, b: { ...b, end: y } });
      continue;
    }
    while (i < steps.length && steps[i] !== 'equal') {
      if (steps[i] === 'delete') x++;
      else y++;
      i++;
    }
    const kind: DiffOpKind = x > a.start && y > b.start ? 'replace' : x > a.start ? 'delete' : 'insert';
    ops.push({ kind, a: { ...a, end: x }, b: { ...b, end: y } });
  }
  return ops;
}
