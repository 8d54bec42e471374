// Correction and update notices: the lines an outlet adds when it changes a story in
// the open ("Correction: An earlier version of this story misstated…"). A new version
// that changes the story substantively without adding one is a silent edit, so what
// counts is a notice the earlier version did not already carry.

import type { Doc } from '../../shared/model';

/**
 * A label opening a block, then a colon or dash: "Correction:", "UPDATE —", "Editor's
 * note:"; an update may say when first ("Updated 3 December, 10:30 GMT:").
 */
const LABELLED = /^[\s*_"“]*(?:corrections?|updated?(?:\s+[\w,.]+){0,4}?|clarifications?|editor[’']?s[’']?\s+note|note\s+to\s+readers|retraction)\s*[:\-–—]/i;

/** Sentences that announce a change anywhere in a block. */
const ANNOUNCED = [
  /\b(?:an?|the)\s+(?:earlier|previous|prior|original)\s+version\s+of\s+this\s+(?:story|article|report|post|piece)\b/i,
  /\bthis\s+(?:story|article|report|post|piece)\s+(?:has\s+been|was|is\s+being)\s+(?:updated|corrected|amended|revised|clarified)\b/i,
  /\bthis\s+(?:story|article|report|post|piece)\s+(?:has\s+been|was)\s+changed\s+to\b/i,
];

/** The blocks of `doc` that are correction or update notices, as their trimmed text. */
export function findNotices(doc: Doc): string[] {
  const notices: string[] = [];
  for (const block of doc.blocks) {
    const text = doc.text.slice(block.start, block.end).trim();
    if (isNotice(text)) notices.push(text);
  }
  return notices;
}

export function isNotice(text: string): boolean {
  return LABELLED.test(text) || ANNOUNCED.some((pattern) => pattern.test(text));
}

/**
 * The notice `current` adds to `previous`, or null: a notice carried over from the
 * earlier version, even re-spaced or re-cased, is not new. Several new notices are
 * joined, one a line.
 */
export function newNotice(previous: Doc, current: Doc): string | null {
  const carried = new Set(findNotices(previous).map(noticeKey));
  const added = findNotices(current).filter((notice) => !carried.has(noticeKey(notice)));
  return added.length === 0 ? null : added.join('\n');
}

function noticeKey(notice: string): string {
  return notice.toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();
}
