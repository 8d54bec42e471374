import { describe, expect, it } from 'vitest';
import { textFingerprint } from './text-fingerprint';

describe('the text fingerprint', () => {
  it('is the same for one story whatever the spacing, case, quotes and dashes of its format', () => {
    const fromHtml = 'Police say 300 people gathered.\n\n“No arrests,” the statement said.';
    const fromPdf = 'POLICE SAY 300 PEOPLE GATHERED. "No arrests" - the statement said';
    expect(textFingerprint(fromPdf)).toBe(textFingerprint(fromHtml));
  });

  it('differs when a word differs', () => {
    expect(textFingerprint('Police say 300 people gathered.')).not.toBe(textFingerprint('Police say 3000 people gathered.'));
  });
});
