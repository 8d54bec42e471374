// Words of an article named on the command line: --article and --quote, with
// --occurrence when the quote is there more than once. The CLI's way of selecting text.

import type { ApiClient } from '../shared/api';
import type { Id, Selector } from '../shared/model';
import { ClaimdeskError } from '../shared/rpc';
import { findOccurrences, normalizeQuote, selectorFor } from '../shared/selector';
import { optionalInteger, requireString, UsageError, type Options, type Parsed } from './command';

/** The options every command that selects words takes. */
export const QUOTE_OPTIONS: Options = {
  article: { type: 'string' },
  quote: { type: 'string' },
  occurrence: { type: 'string' },
};

export interface QuoteArgs {
  articleId: Id;
  quote: string;
  occurrence: number | undefined;
}

/** Reads the options before the case is opened, so a wrong call fails as a usage error. */
export function quoteArgs(args: Parsed): QuoteArgs {
  return {
    articleId: requireString(args, 'article'),
    quote: normalizeQuote(requireString(args, 'quote')),
    occurrence: optionalInteger(args, 'occurrence'),
  };
}

/** The selector of the quote in the article; a quote not in it is an error, an ambiguous one a usage error. */
export async function selectQuote(client: ApiClient, { articleId, quote, occurrence }: QuoteArgs): Promise<{ articleId: Id; selector: Selector }> {
  const article = await client.getArticle({ id: articleId });
  const start = pickOccurrence(findOccurrences(article.doc.text, quote), occurrence, article.title);
  return { articleId, selector: selectorFor(article.doc.text, start, start + quote.length) };
}

/** Occurrences are numbered from 1, as a reader counts them. */
function pickOccurrence(starts: number[], occurrence: number | undefined, title: string): number {
  if (starts.length === 0) throw new ClaimdeskError('not-found', `The quote does not occur in "${title}".`);
  if (occurrence === undefined) {
    if (starts.length > 1) {
      throw new UsageError(`The quote occurs ${starts.length} times in "${title}": choose one with --occurrence 1..${starts.length}.`);
    }
    return starts[0]!;
  }
  const start = starts[occurrence - 1];
  if (start === undefined) {
    throw new UsageError(`--occurrence ${occurrence} is out of range: the quote occurs ${starts.length} time(s).`);
  }
  return start;
}
