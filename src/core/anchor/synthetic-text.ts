// Seeded, English-like text for anchoring tests and benchmarks: common words drawn
// with a Zipf-like skew, so that short phrases repeat the way they do in real news.

import { seededRandom } from '../../shared/seeded-random';

export { seededRandom };

const WORDS = (
  'the of and to a in that is was he for it with as his on be at by had not are but from or have an they ' +
  'which one you were her all she there would their we him been has when who will more no if out so said ' +
  'what up its about into than them can only other new some could time these two may then do first any my ' +
  'now such like our over man me even most made after also did many before must through back years where ' +
  'much your way well down should because each just those people how too little state good very make world ' +
  'still own see men work long get here between both life being under never day same another know while ' +
  'last might us great old year off come since against go came right used take three embassy minister ' +
  'officials attack government report police statement election spokesman ministry troops president ' +
  'agency percent million border sources claimed denied confirmed according analysts capital protest'
).split(' ');

/** Sentences per paragraph, words per sentence: ranges typical of news copy. */
const SENTENCE_WORDS = { min: 6, max: 28 };
const PARAGRAPH_SENTENCES = { min: 2, max: 6 };
/** Exponent of the rank-frequency skew: 1 is Zipf's law for natural language. */
const ZIPF_EXPONENT = 1;


/** About `wordCount` words in sentences and paragraphs, normalized like Doc.text. */
export function syntheticText(wordCount: number, random: () => number): string {
  const pickWord = zipfPicker(random);
  const between = (range: { min: number; max: number }) =>
    range.min + Math.floor(random() * (range.max - range.min + 1));
  const paragraphs: string[] = [];
  let words = 0;
  while (words < wordCount) {
    const sentences: string[] = [];
    for (let s = between(PARAGRAPH_SENTENCES); s > 0 && words < wordCount; s--) {
      const length = between(SENTENCE_WORDS);
      const sentence = Array.from({ length }, pickWord).join(' ');
      sentences.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`);
      words += length;
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n\n');
}

function zipfPicker(random: () => number): () => string {
  const weights = WORDS.map((_, rank) => 1 / (rank + 1) ** ZIPF_EXPONENT);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const cumulative: number[] = [];
  let sum = 0;
  for (const weight of weights) cumulative.push((sum += weight / total));
  return () => {
    const target = random();
    let low = 0;
    let high = WORDS.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return WORDS[low]!;
  };
}
