// Words the analyst selected in an article, as a claim's appearance or a passage cited
// as evidence. The client builds the selector; the service checks it against the text.

import { QUOTE_CONTEXT, type Article, type Selector } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';

/**
 * The selector as it will be stored: its quote must be the article's text at its
 * position, or a stale or hand-made selector would anchor words the article does not
 * hold there. Context longer than a selector keeps is cut.
 */
export function checkedSelector(article: Article, selector: Selector): Selector {
  const { start, end } = selector.position;
  const text = article.doc.text;
  if (end <= start || end > text.length || text.slice(start, end) !== selector.quote.exact) {
    throw new ClaimdeskError('invalid-input', `The selected words are not at that place in "${article.title}". Nothing was saved.`);
  }
  return {
    position: { start, end },
    quote: {
      exact: selector.quote.exact,
      prefix: selector.quote.prefix.slice(-QUOTE_CONTEXT),
      suffix: selector.quote.suffix.slice(0, QUOTE_CONTEXT),
    },
  };
}
