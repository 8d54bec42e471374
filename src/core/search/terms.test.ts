import { describe, expect, it } from 'vitest';
import { findSpot, tokenize } from './terms';

describe('tokenize', () => {
  it('splits on spaces and punctuation, keeping letters of any script', () => {
    expect(tokenize('Kestria’s “attack”, 1,200 people — Zürich')).toEqual(['Kestria', 's', 'attack', '1', '200', 'people', 'Zürich']);
  });
});

describe('findSpot', () => {
  const text =
    'The embassy was calm on Monday, and the streets around it were quiet until the evening. ' +
    'Crowds came and went through the night without incident, the police said in a statement. ' +
    'Later, officials reported an attack near the Embassy gate.';

  it('finds a word whatever its case', () => {
    const start = text.indexOf('officials');
    expect(findSpot(text, ['officials'])).toEqual({ start, end: start + 9, termCount: 1 });
  });

  it('prefers the passage holding more of the matched words over the first occurrence', () => {
    expect(findSpot(text, ['embassy', 'attack'])?.start).toBe(text.indexOf('attack'));
  });

  it('spans the matched words of the passage, not repeats of one word', () => {
    const figure = 'Police said approximately 1,200 people came; police later said 1,000.';
    const start = figure.indexOf('approximately');
    expect(findSpot(figure, ['approximately', '1', '200'])).toEqual({ start, end: start + 'approximately 1,200'.length, termCount: 3 });
    const police = findSpot(figure, ['police'])!;
    expect(figure.slice(police.start, police.end)).toBe('Police');
  });

  it('is null when no word matches', () => {
    expect(findSpot(text, ['militia'])).toBeNull();
  });
});
