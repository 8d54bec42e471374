import { describe, expect, it } from 'vitest';
import { snapToWords } from './word-snap';

const text = 'In an exclusive interview with the BBC, Mr Obama said so.';
const slice = ({ start, end }: { start: number; end: number }) => text.slice(start, end);
/** A selection of `exact` with the text around it, as a selector records it. */
const quote = (prefix: string, exact: string, suffix: string) => ({ prefix, exact, suffix });
const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

describe('snapToWords', () => {
  it('widens a match that starts or ends inside a word to the whole word', () => {
    expect(slice(snapToWords(text, at('usive interview'), quote('In ', 'an interview', ' with')))).toBe('exclusive interview');
    expect(slice(snapToWords(text, at('interview with the BB'), quote('an ', 'interview with the BBC', ', Mr')))).toBe('interview with the BBC');
  });

  it('leaves a match on word boundaries alone', () => {
    expect(snapToWords(text, at('Mr Obama'), quote('BBC, ', 'Mr Obama', ' said'))).toEqual(at('Mr Obama'));
  });

  it('keeps a selection that itself began or ended inside a word', () => {
    expect(slice(snapToWords(text, at('usive interview'), quote('excl', 'usive interview', ' with')))).toBe('usive interview');
    expect(slice(snapToWords(text, at('Mr Oba'), quote(', ', 'Mr Oba', 'ma said')))).toBe('Mr Oba');
  });

  it('works on letters beyond ASCII', () => {
    const czech = 'Součka je snadné přehlédnout';
    const start = czech.indexOf('čka');
    const snapped = snapToWords(czech, { start, end: start + 6 }, quote('', 'Součka je', ' snadné'));
    expect(czech.slice(snapped.start, snapped.end)).toBe('Součka je');
  });
});
