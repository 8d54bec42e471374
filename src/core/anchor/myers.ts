// Where a pattern ends in a text with at most k edits: Myers' bit-parallel algorithm
// (Myers 1999) in Hyyrö's block form for patterns longer than a machine word, with
// Ukkonen's cut-off so only the blocks that can still hold a value <= k are computed.
//
// The dynamic-programming matrix D[i][j] is the edit distance between the first i
// pattern characters and the best substring of the text ending at j. Each block holds
// 32 rows of one column as two bit vectors of vertical differences (+1 and -1), so one
// text character costs a few word operations per active block instead of 32 cells.
// Cost: O(text length × active blocks); with up to 32 errors about two blocks are
// active on average, whatever the quote's length.

import type { TextPosition } from '../../shared/model';

/** Bits in one block: JavaScript's bitwise operators work on 32-bit integers. */
const WORD = 32;
/** Characters are looked up in the table of pattern characters by their low byte. */
const BUCKETS = 0x100;

export interface MatchEnd {
  /** Offset just past the last matched character. */
  end: number;
  /** Edit distance between the pattern and the best text span ending at `end`. */
  errors: number;
}

/** A pattern prepared once for any number of searches. */
export interface CompiledPattern {
  length: number;
  blocks: number;
  chars: CharSlots;
  /** For each row, one bit per pattern position where its character occurs, `blocks` words per row. */
  peq: Int32Array;
  /** The bit of each block's last pattern row, and how many rows each block holds. */
  topBit: Int32Array;
  rows: Int32Array;
}

export function compilePattern(pattern: string): CompiledPattern {
  const length = pattern.length;
  const blocks = Math.ceil(length / WORD);
  const lastBlock = blocks - 1;
  const { chars, peq } = matchVectors(pattern, blocks);
  const topBit = new Int32Array(blocks).fill(1 << (WORD - 1));
  const rows = new Int32Array(blocks).fill(WORD);
  if (blocks > 0) {
    topBit[lastBlock] = 1 << ((length - 1) % WORD);
    rows[lastBlock] = length - lastBlock * WORD;
  }
  return { length, blocks, chars, peq, topBit, rows };
}

/**
 * Every offset in `range` (the whole text by default) where some span of text[range]
 * ending there is within maxErrors edits of pattern. A span never starts before
 * range.start, so a search of a window finds what a search of that slice would, at
 * the same offsets as in the whole text.
 */
export function findMatchEnds(
  text: string,
  pattern: string | CompiledPattern,
  maxErrors: number,
  range: TextPosition = { start: 0, end: text.length },
): MatchEnd[] {
  const ends: MatchEnd[] = [];
  const { length, blocks, chars, peq, topBit, rows } = typeof pattern === 'string' ? compilePattern(pattern) : pattern;
  if (length === 0) return ends;
  const lastBlock = blocks - 1;

  // Bit i of a block is set in `plus` (`minus`) when D rises (falls) by one from its
  // row i to row i + 1; `score` is D at the block's last row. Column 0: D[i][0] = i.
  const plus = new Int32Array(blocks).fill(-1);
  const minus = new Int32Array(blocks);
  const score = new Int32Array(blocks);
  for (let b = 0; b < blocks; b++) score[b] = b * WORD + rows[b]!;
  let active = Math.min(lastBlock, Math.floor(maxErrors / WORD));

  for (let j = range.start; j < range.end; j++) {
    const row = slotOf(chars, text.charCodeAt(j)) * blocks;
    // The horizontal difference entering the top of each block: 0 at row 0, where a
    // match may start anywhere.
    let carry = 0;
    for (let b = 0; b <= active; b++) {
      const eq = peq[row + b]!;
      const pv = plus[b]!;
      const mv = minus[b]!;
      const carryBit = carry < 0 ? 1 : 0;
      const xv = eq | mv;
      const eqIn = eq | carryBit;
      const xh = (((eqIn & pv) + pv) ^ pv) | eqIn;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      const top = topBit[b]!;
      const hOut = ((ph & top) !== 0 ? 1 : 0) - ((mh & top) !== 0 ? 1 : 0);
      ph = (ph << 1) | (carry > 0 ? 1 : 0);
      mh = (mh << 1) | carryBit;
      plus[b] = mh | ~(xv | ph);
      minus[b] = ph & xv;
      carry = hOut;
      score[b]! += carry;
      // Wake the next block when its top row can come within maxErrors: a match at
      // that row, or a fall at the bottom of this one. It resumes from the previous
      // column assumed to grow by one per row, an overestimate that cannot change any
      // value <= maxErrors; the loop then computes it for this column.
      if (
        b === active &&
        b < lastBlock &&
        score[b]! - carry <= maxErrors &&
        ((peq[row + b + 1]! & 1) !== 0 || carry < 0)
      ) {
        active += 1;
        plus[active] = -1;
        minus[active] = 0;
        score[active] = score[b]! - carry + rows[active]!;
      }
    }
    // A block whose bottom is WORD above the limit holds no value <= maxErrors.
    while (active > 0 && score[active]! >= maxErrors + WORD) active -= 1;
    if (active === lastBlock && score[lastBlock]! <= maxErrors) ends.push({ end: j + 1, errors: score[lastBlock]! });
  }
  return ends;
}

/**
 * The row of `peq` for each pattern character, found by the character's low byte: a
 * quote's few distinct characters rarely share one, and the table costs next to nothing
 * to build (a table of every 16-bit code unit took longer to allocate than searching a
 * window). A character whose bucket another pattern character took goes to `overflow`.
 */
interface CharSlots {
  /** The character in each bucket, -1 for none. */
  codes: Int32Array;
  slots: Uint16Array;
  overflow: Map<number, number> | null;
}

/** 0, the row of no bits, for every character absent from the pattern. */
function slotOf({ codes, slots, overflow }: CharSlots, code: number): number {
  const bucket = code & (BUCKETS - 1);
  if (codes[bucket] === code) return slots[bucket]!;
  return overflow?.get(code) ?? 0;
}

/** For each character of the pattern, one bit per pattern row where it occurs. */
function matchVectors(pattern: string, blocks: number): { chars: CharSlots; peq: Int32Array } {
  const chars: CharSlots = { codes: new Int32Array(BUCKETS).fill(-1), slots: new Uint16Array(BUCKETS), overflow: null };
  let slots = 1;
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    if (slotOf(chars, code) !== 0) continue;
    const bucket = code & (BUCKETS - 1);
    if (chars.codes[bucket] === -1) {
      chars.codes[bucket] = code;
      chars.slots[bucket] = slots++;
    } else {
      chars.overflow ??= new Map();
      chars.overflow.set(code, slots++);
    }
  }
  const peq = new Int32Array(slots * blocks);
  for (let i = 0; i < pattern.length; i++) {
    const at = slotOf(chars, pattern.charCodeAt(i)) * blocks + Math.floor(i / WORD);
    peq[at] = peq[at]! | (1 << i % WORD);
  }
  return { chars, peq };
}
