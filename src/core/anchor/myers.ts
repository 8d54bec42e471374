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

/** Bits in one block: JavaScript's bitwise operators work on 32-bit integers. */
const WORD = 32;
/** Every 16-bit code unit can index the character table directly. */
const CODE_UNITS = 0x10000;

export interface MatchEnd {
  /** Offset just past the last matched character. */
  end: number;
  /** Edit distance between the pattern and the best text span ending at `end`. */
  errors: number;
}

/** Every offset where some span of text ending there is within maxErrors edits of pattern. */
export function findMatchEnds(text: string, pattern: string, maxErrors: number): MatchEnd[] {
  const ends: MatchEnd[] = [];
  const length = pattern.length;
  if (length === 0) return ends;
  const blocks = Math.ceil(length / WORD);
  const lastBlock = blocks - 1;
  const { slotOf, peq } = matchVectors(pattern, blocks);
  const topBit = new Int32Array(blocks).fill(1 << (WORD - 1));
  topBit[lastBlock] = 1 << ((length - 1) % WORD);
  const rows = new Int32Array(blocks).fill(WORD);
  rows[lastBlock] = length - lastBlock * WORD;

  // Bit i of a block is set in `plus` (`minus`) when D rises (falls) by one from its
  // row i to row i + 1; `score` is D at the block's last row. Column 0: D[i][0] = i.
  const plus = new Int32Array(blocks).fill(-1);
  const minus = new Int32Array(blocks);
  const score = new Int32Array(blocks);
  for (let b = 0; b < blocks; b++) score[b] = b * WORD + rows[b]!;
  let active = Math.min(lastBlock, Math.floor(maxErrors / WORD));

  for (let j = 0; j < text.length; j++) {
    const row = slotOf[text.charCodeAt(j)]! * blocks;
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
 * For each character of the pattern, one bit per pattern row where it occurs. Slot 0 is
 * every character absent from the pattern.
 */
function matchVectors(pattern: string, blocks: number): { slotOf: Uint16Array; peq: Int32Array } {
  const slotOf = new Uint16Array(CODE_UNITS);
  let slots = 1;
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    if (slotOf[code] === 0) slotOf[code] = slots++;
  }
  const peq = new Int32Array(slots * blocks);
  for (let i = 0; i < pattern.length; i++) {
    const at = slotOf[pattern.charCodeAt(i)]! * blocks + Math.floor(i / WORD);
    peq[at] = peq[at]! | (1 << i % WORD);
  }
  return { slotOf, peq };
}
