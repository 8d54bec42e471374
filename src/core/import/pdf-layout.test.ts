import { describe, expect, it } from 'vitest';
import { paragraphsOf, type TextRun } from './pdf-layout';

const run = (text: string, x: number, y: number, more: Partial<TextRun> = {}): TextRun => ({
  text,
  endsLine: false,
  x,
  y,
  width: text.length * 6,
  height: 12,
  ...more,
});

describe('paragraphsOf', () => {
  it('puts a space between words placed apart on one line, and none inside a word', () => {
    const runs = [run('Police', 72, 700), run('counted', 72 + 36 + 4, 700), run('1,2', 200, 700), run('00', 218, 700)];
    expect(paragraphsOf(runs)).toEqual(['Police counted 1,200']);
  });

  it('joins wrapped lines, and starts a paragraph at a wide gap', () => {
    const runs = [
      run('First line', 72, 700, { endsLine: true }),
      run('wrapped.', 72, 685, { endsLine: true }),
      run('After a blank line.', 72, 655),
    ];
    expect(paragraphsOf(runs)).toEqual(['First line wrapped.', 'After a blank line.']);
  });

  it('starts a paragraph where the type size changes or the text moves back up (the next column)', () => {
    const runs = [
      run('A heading', 72, 700, { height: 20, endsLine: true }),
      run('Body text under it.', 72, 684, { endsLine: true }),
      run('Top of column two.', 320, 700),
    ];
    expect(paragraphsOf(runs)).toEqual(['A heading', 'Body text under it.', 'Top of column two.']);
  });

  it('keeps a superscript on its line and skips runs without text', () => {
    const runs = [run('Costs rose 40%', 72, 700), run('1', 156.5, 704, { height: 7 }), run('', 0, 0, { endsLine: true }), run(' ', 0, 0)];
    expect(paragraphsOf(runs)).toEqual(['Costs rose 40%1']);
  });
});
