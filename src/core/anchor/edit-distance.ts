// Levenshtein distance for short strings: the quote context on either side.

/** Bits in one JavaScript bitwise word: the longest string the bit-parallel form takes. */
const WORD = 32;

/** The fewest insertions, deletions and substitutions that turn a into b. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length === 0) return longer.length;
  return shorter.length <= WORD ? bitParallelDistance(shorter, longer) : tableDistance(a, b);
}

/** 1 for equal strings, 0 for nothing in common; two empty strings are equal. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

/**
 * Myers' bit vectors for the whole of both strings (Hyyrö's global form): one column
 * of the table per character of `text` in a few word operations, where the table costs
 * `pattern.length` cells. The context compared for every candidate is at most a word long.
 */
function bitParallelDistance(pattern: string, text: string): number {
  const bitsOf = new Map<number, number>();
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    bitsOf.set(code, (bitsOf.get(code) ?? 0) | (1 << i));
  }
  const last = 1 << (pattern.length - 1);
  let plus = -1;
  let minus = 0;
  let distance = pattern.length;
  for (let j = 0; j < text.length; j++) {
    const eq = bitsOf.get(text.charCodeAt(j)) ?? 0;
    const xv = eq | minus;
    const xh = (((eq & plus) + plus) ^ plus) | eq;
    let ph = minus | ~(xh | plus);
    let mh = plus & xh;
    if ((ph & last) !== 0) distance += 1;
    else if ((mh & last) !== 0) distance -= 1;
    // Row 0 of the table is 0, 1, 2, …: the whole of text is aligned, not a part of it.
    ph = (ph << 1) | 1;
    mh <<= 1;
    plus = mh | ~(xv | ph);
    minus = ph & xv;
  }
  return distance;
}

/** The dynamic-programming table, two rows at a time, for strings longer than a word. */
function tableDistance(a: string, b: string): number {
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitute = previous[j - 1]! + (b.charCodeAt(j - 1) === code ? 0 : 1);
      current[j] = Math.min(substitute, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}
