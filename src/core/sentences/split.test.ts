import { describe, expect, it } from 'vitest';
import { splitSentences } from './split';

const sentencesOf = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitSentences', () => {
  it('keeps abbreviations, initials, dates and decimals inside their sentence', () => {
    expect(
      sentencesOf(
        'Mr. Smith met Dr. Jones in the U.S. Senate on Dec. 31 at 9 a.m. with John F. Kennedy Jr. in mind. ' +
          'Unemployment fell to 3.5 percent, e.g. lower than in 2019. It was a record.',
      ),
    ).toEqual([
      'Mr. Smith met Dr. Jones in the U.S. Senate on Dec. 31 at 9 a.m. with John F. Kennedy Jr. in mind.',
      'Unemployment fell to 3.5 percent, e.g. lower than in 2019.',
      'It was a record.',
    ]);
  });

  it('ends a sentence after a dotted acronym when the next word opens a sentence', () => {
    expect(sentencesOf('Aid flows to the U.S. The talks resume on Monday.')).toEqual([
      'Aid flows to the U.S.',
      'The talks resume on Monday.',
    ]);
  });

  it('keeps a quoted question inside the sentence that reports it, and ends at a closing quote', () => {
    expect(sentencesOf('"Is it true?" she asked. He said: "It is." Nobody believed him!')).toEqual([
      '"Is it true?" she asked.',
      'He said: "It is."',
      'Nobody believed him!',
    ]);
  });

  it('breaks after an ellipsis only before a capital', () => {
    expect(sentencesOf('We waited... and waited… Then it rained.')).toEqual([
      'We waited... and waited…',
      'Then it rained.',
    ]);
  });

  it('never lets a sentence cross a block break', () => {
    expect(sentencesOf('A headline without a full stop\n\nThe first paragraph.')).toEqual([
      'A headline without a full stop',
      'The first paragraph.',
    ]);
  });

  it('gives offsets into the text it was given', () => {
    const text = '  First one.   Second one?  ';
    expect(splitSentences(text)).toEqual([
      { start: 2, end: 12 },
      { start: 15, end: 26 },
    ]);
  });

  it('splits real news paragraphs (BBC) where a reader would', () => {
    const paragraph =
      'But with just 18 months left in power, he said gun control was the area where he has been ' +
      '"most frustrated and most stymied" since coming to power in 2009. "If you look at the number of ' +
      'Americans killed since 9/11 by terrorism, it\'s less than 100. If you look at the number that have ' +
      'been killed by gun violence, it\'s in the tens of thousands," Mr. Obama said.';
    expect(sentencesOf(paragraph)).toEqual([
      'But with just 18 months left in power, he said gun control was the area where he has been "most frustrated and most stymied" since coming to power in 2009.',
      '"If you look at the number of Americans killed since 9/11 by terrorism, it\'s less than 100.',
      'If you look at the number that have been killed by gun violence, it\'s in the tens of thousands," Mr. Obama said.',
    ]);
    const second =
      'Mr. Obama will become the first U.S. president to address the African Union when he travels on to ' +
      'Ethiopia on Sunday. There was a momentary flicker across the president\'s face as if to say "You think ' +
      'you got me?" before his smile returned.';
    expect(sentencesOf(second)).toHaveLength(2);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences(' \n\n ')).toEqual([]);
  });
});
