import { describe, expect, it } from 'vitest';
import { narrowByWords } from './narrow';

const sources = ['Port authority radar log', 'Ferry timetable 2025', 'Port of Kestria annual report', 'Radar maintenance notice'];
const text = (title: string) => title.toLowerCase();

describe('narrowByWords', () => {
  it('keeps the items holding every word typed, in any case, in their order', () => {
    expect(narrowByWords(sources, text, 'PORT report').shown).toEqual(['Port of Kestria annual report']);
    expect(narrowByWords(sources, text, 'radar').shown).toEqual(['Port authority radar log', 'Radar maintenance notice']);
    expect(narrowByWords(sources, text, '  ').shown).toEqual(sources);
  });

  it('shows at most the limit and counts the matches left out', () => {
    expect(narrowByWords(sources, text, 'r', { limit: 2 })).toEqual({ shown: sources.slice(0, 2), more: 2 });
  });

  it('shows the current choice first, matching or not, and once', () => {
    expect(narrowByWords(sources, text, 'radar', { keep: 'Ferry timetable 2025' }).shown).toEqual([
      'Ferry timetable 2025',
      'Port authority radar log',
      'Radar maintenance notice',
    ]);
    expect(narrowByWords(sources, text, 'radar', { keep: 'Radar maintenance notice' }).shown).toEqual(['Radar maintenance notice', 'Port authority radar log']);
  });
});
