// Words as a reader counts them. Chinese and Japanese are written without spaces, so
// each of their characters counts as a word, as their editors count them.
// (Intl.Segmenter would be exact, but iterating it is quadratic on long texts in Node 20.)

const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** Letters and digits, with inner apostrophes, hyphens and points: "don't", "e-mail", "3.5". */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*/gu;

export function countWords(text: string): number {
  const ideographs = text.match(IDEOGRAPHIC)?.length ?? 0;
  const words = text.replace(IDEOGRAPHIC, ' ').match(WORD)?.length ?? 0;
  return ideographs + words;
}
