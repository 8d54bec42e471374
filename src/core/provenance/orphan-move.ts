// Where an orphaned quote's words went: a new version changed the paragraph that held
// them, so the best match of the old words inside the new paragraph is where the claim
// is made now. Found word by word, so a changed figure or name does not stop it.

import type { TextPosition } from '../../shared/model';
import type { VersionChange } from '../../shared/version-changes';
import { words, type Word } from './fingerprint';
import { alignWords } from './word-diff';

/** The quote may lose or change up to this share of its words and still be the same words. */
const MAX_EDIT_SHARE = 0.5;
const SENTENCE_END = /[.!?]/;

/** The span of the new version's text that says what `quote` said in the old paragraph; null when nothing close is there. */
export function newWordsOf(quote: string, change: VersionChange): TextPosition | null {
  if (change.kind !== 'changed' || change.after === null || change.afterAt === null) return null;
  const pattern = words(quote);
  const text = words(change.after);
  const found = alignWords(pattern.map((word) => word.norm), text.map((word) => word.norm), Math.floor(pattern.length * MAX_EDIT_SHARE));
  if (found === null || found.end <= found.start) return null;
  const end = widened(change.after, text, found.end, pattern.length - (found.end - found.start));
  return { start: change.afterAt.start + text[found.start]!.start, end: change.afterAt.start + text[end - 1]!.end };
}

/**
 * A changed last word costs the matcher as much as a dropped one, and it keeps the
 * shorter span: the quote's words beyond the match are taken back in, up to `missing`
 * words and never past the end of the sentence.
 */
function widened(paragraph: string, list: readonly Word[], end: number, missing: number): number {
  let widenedEnd = end;
  while (missing > 0 && widenedEnd < list.length && !SENTENCE_END.test(paragraph.slice(list[widenedEnd - 1]!.end, list[widenedEnd]!.start))) {
    widenedEnd++;
    missing--;
  }
  return widenedEnd;
}
