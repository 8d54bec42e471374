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

  it('is null when no word matches', () => {
    expect(findSpot(text, ['militia'])).toBeNull();
  });
});
