import { describe, expect, it } from 'vitest';
import { compareTexts } from './differences';

const kinds = (before: string, after: string): string[] =>
  compareTexts(before, after).differences.map((difference) => difference.kind);

describe('compareTexts: the match', () => {
  it('is exact for the same words, spacing aside', () => {
    expect(compareTexts('about 200 meters from the compound', 'about 200  meters from the compound')).toMatchObject({
      match: 'exact',
      differences: [],
    });
  });

  it('is trivial when only punctuation, quote marks or case differ, each listed as punctuation', () => {
    const comparison = compareTexts('“It’s over,” he said.', '"it\'s over" he said');
    expect(comparison.match).toBe('trivial');
    expect(comparison.differences.length).toBeGreaterThan(0);
    expect(comparison.differences.every((difference) => difference.kind === 'punctuation')).toBe(true);
  });

  it('is altered when a word differs', () => {
    expect(compareTexts('about 200 meters', 'about 100 meters').match).toBe('altered');
  });
});

describe('compareTexts: the kind of each difference', () => {
  it('numbers: a changed figure, or a changed bound on one', () => {
    expect(compareTexts('about 200 meters away', 'about 100 meters away').differences).toEqual([
      { kind: 'number', from: '200', to: '100' },
    ]);
    expect(kinds('some 25 people died', 'at least 25 people died')).toEqual(['number']);
    expect(kinds('two soldiers were hurt', 'three soldiers were hurt')).toEqual(['number']);
  });

  it('names: a person, place or organisation changed', () => {
    expect(compareTexts('an attack on the embassy in Baghdad', 'an attack on the embassy in Tehran').differences).toEqual([
      { kind: 'name', from: 'Baghdad', to: 'Tehran' },
    ]);
    expect(kinds('said John Smith on Monday', 'said Jane Doe on Monday')).toEqual(['name']);
  });

  it('negation: a sense reversed by not, never, no or a contraction', () => {
    expect(kinds('Iran is orchestrating the attack', 'Iran is not orchestrating the attack')).toEqual(['negation']);
    expect(kinds('the guards fired', 'the guards never fired')).toEqual(['negation']);
    expect(kinds('they did confirm it', 'they didn’t confirm it')).toEqual(['negation']);
  });

  it('wording: other words', () => {
    expect(compareTexts('protesters gathered near the gate', 'protesters massed near the gate').differences).toEqual([
      { kind: 'wording', from: 'gathered', to: 'massed' },
    ]);
  });

  it('does not take a word capitalised for starting a sentence for a name', () => {
    expect(kinds('The guards left. The crowd stayed.', 'The guards left. A crowd stayed.')).toEqual(['wording']);
  });

  it('lists each change once, in order', () => {
    expect(kinds('200 people in Baghdad were calm', '100 people in Tehran were not calm')).toEqual([
      'number',
      'name',
      'negation',
    ]);
  });
});

describe('compareTexts: the diff', () => {
  it('reads as the second text, with the first text’s words marked removed', () => {
    const { diff } = compareTexts('about 200 meters from the compound', 'about 100 meters from the compound');
    expect(diff).toEqual([
      { kind: 'same', text: 'about' },
      { kind: 'removed', text: '200' },
      { kind: 'added', text: '100' },
      { kind: 'same', text: 'meters from the compound' },
    ]);
  });
});
