import { CLAIM_TYPES, CONFIDENCES, VERDICTS } from '../../shared/model';
import { findOccurrences, normalizeQuote, selectorFor } from '../../shared/selector';
import { ClaimdeskError } from '../../shared/rpc';
import { withCase } from '../client';
import {
  optionalChoice,
  optionalInteger,
  optionalString,
  requireString,
  stringList,
  UsageError,
  type Command,
} from '../command';

export const claim: Command = {
  name: 'claim',
  usage:
    'claim <dir> --article ID --quote TEXT [--occurrence N] [--statement S] [--claimant C] [--type T] [--verdict V] [--confidence C] [--tag T]... [--rationale MARKDOWN]',
  summary: 'Tag the words of an article as a claim.',
  options: {
    article: { type: 'string' },
    quote: { type: 'string' },
    occurrence: { type: 'string' },
    statement: { type: 'string' },
    claimant: { type: 'string' },
    type: { type: 'string' },
    verdict: { type: 'string' },
    confidence: { type: 'string' },
    rationale: { type: 'string' },
    tag: { type: 'string', multiple: true },
  },
  positionals: 1,
  async run(args) {
    const articleId = requireString(args, 'article');
    const quote = normalizeQuote(requireString(args, 'quote'));
    const type = optionalChoice(args, 'type', CLAIM_TYPES);
    const verdict = optionalChoice(args, 'verdict', VERDICTS);
    const confidence = optionalChoice(args, 'confidence', CONFIDENCES);
    return withCase(args.positionals[0]!, async (client) => {
      const article = await client.getArticle({ id: articleId });
      const start = pickOccurrence(findOccurrences(article.doc.text, quote), optionalInteger(args, 'occurrence'), article.title);
      const { claim, appearance } = await client.createClaim({
        articleId,
        selector: selectorFor(article.doc.text, start, start + quote.length),
        statement: optionalString(args, 'statement'),
        claimant: optionalString(args, 'claimant'),
        type,
        verdict,
        confidence,
        rationale: optionalString(args, 'rationale'),
        tags: stringList(args, 'tag'),
      });
      return { json: { claim, appearance }, text: `${claim.id}\t${claim.verdict}\t${claim.statement}` };
    });
  },
};

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
