// A short fingerprint of an article's words, to tell when two imports are the same story
// (the HTML and the PDF of one article): case, punctuation and spacing do not count.
// Cheap on purpose; finding near-duplicates is the provenance clusters' job.

import { createHash } from 'node:crypto';

const FINGERPRINT_HEX_CHARS = 16;

export function textFingerprint(text: string): string {
  const words = text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return createHash('sha256').update(words).digest('hex').slice(0, FINGERPRINT_HEX_CHARS);
}
