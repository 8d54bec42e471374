import { describe, expect, it } from 'vitest';
import { findCues, type CueKind } from './cues';

const cuesOf = (sentence: string, kind: CueKind) =>
  findCues(sentence)
    .filter((cue) => cue.kind === kind)
    .map((cue) => sentence.slice(cue.start, cue.end));

describe('findCues', () => {
  it('finds numbers in figures and in words, and none in plain words', () => {
    expect(cuesOf('Prices rose 3.5 percent, costing $2,000 for two million families in 2019.', 'number')).toEqual([
      '3.5 percent',
      '$2,000',
      'two million',
      '2019',
    ]);
    expect(cuesOf('We talked about the agenda at length.', 'number')).toEqual([]);
  });

  it('finds comparisons, causes and attributions', () => {
    expect(cuesOf('Taxes are higher than ever, the highest in history.', 'comparison')).toEqual(['higher than', 'highest']);
    expect(cuesOf('Jobs were lost because of the tariffs.', 'causal')).toEqual(['because of']);
    expect(cuesOf('The mayor said crime fell, according to police.', 'attribution')).toEqual(['said', 'according to']);
  });

  it('finds a named actor doing something, but not a sentence that merely opens with a capital', () => {
    expect(cuesOf('Yesterday Senator Harris voted against the bill.', 'actor-action')).toEqual(['Senator Harris voted']);
    expect(cuesOf('Voted against the bill, they left.', 'actor-action')).toEqual([]);
  });

  it('finds a quantity over time only where there is a quantity', () => {
    expect(cuesOf('Crime rose 20 percent since 2010.', 'quantity-over-time')).toEqual(['20 percent since 2010']);
    expect(cuesOf('Crime has been a worry for years.', 'quantity-over-time')).toEqual([]);
  });

  it('marks opinions and questions, which count against a claim', () => {
    expect(cuesOf('I think we should do better.', 'opinion')).toEqual(['I think', 'we should']);
    expect(cuesOf('Is that true?', 'question')).toEqual(['?']);
  });
});
