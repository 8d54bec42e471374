// An article's sentences, each scored for check-worthiness with its reasons and a guessed
// claim type. Offsets are into Doc.text, so a suggestion becomes a claim's selector as is.

import type { Doc, Id } from '../../shared/model';
import { guessClaimType, type Suggestion } from '../../shared/suggestions';
import { splitSentences } from '../sentences/split';
import type { CheckworthinessModel } from './model';

/** Every sentence of the article's text outside its headings (titles, not statements), in reading order. */
export function scoreSentences(model: CheckworthinessModel, articleId: Id, doc: Doc): Suggestion[] {
  const { text } = doc;
  const headings = doc.blocks.filter((block) => block.kind === 'heading');
  const inHeading = (start: number) => headings.some((block) => block.start <= start && start < block.end);
  return splitSentences(text).flatMap(({ start, end }) => {
    if (inHeading(start)) return [];
    const sentence = text.slice(start, end);
    const { score, reasons } = model.score(sentence);
    return [{ articleId, start, end, text: sentence, score, reasons, type: guessClaimType(reasons) }];
  });
}

/** Highest score first; ties in reading order. */
export function bestFirst(a: Suggestion, b: Suggestion): number {
  return b.score - a.score || a.start - b.start;
}
