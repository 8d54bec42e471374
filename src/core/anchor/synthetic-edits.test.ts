import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance';
import { editLetters } from './synthetic-edits';
import { seededRandom, syntheticText } from './synthetic-text';

describe('editLetters', () => {
  const text = syntheticText(2_000, seededRandom(1));

  it('edits about the share of characters asked for, the same way for the same seed', () => {
    const edited = editLetters(text, 0.05, seededRandom(2));
    expect(edited).toEqual(editLetters(text, 0.05, seededRandom(2)));
    const sample = text.slice(0, 2_000);
    const distance = editDistance(sample, edited.text.slice(0, edited.offsets[2_000]));
    expect(distance / sample.length).toBeGreaterThan(0.03);
    expect(distance / sample.length).toBeLessThan(0.07);
  });

  it('keeps spaces and paragraph breaks, so the text stays normalized', () => {
    const edited = editLetters(text, 0.1, seededRandom(3)).text;
    expect(edited.split('\n\n')).toHaveLength(text.split('\n\n').length);
    expect(edited).not.toMatch(/ {2}|^ | $/m);
  });

  it('maps every original offset to where it went', () => {
    const edited = editLetters(text, 0.1, seededRandom(4));
    for (let i = 0; i < text.length; i += 97) {
      if (text[i] === ' ') expect(edited.text[edited.offsets[i]!]).toBe(' ');
    }
    expect(edited.offsets[text.length]).toBe(edited.text.length);
  });
});
