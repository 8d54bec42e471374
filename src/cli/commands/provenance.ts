import type { Carrier, Carriers } from '../../shared/provenance';
import { withCase } from '../client';
import { optionalString, UsageError, type Command } from '../command';
import { QUOTE_OPTIONS, quoteArgs, selectQuote } from '../quote-selector';
import { columns } from '../terminal-text';

export const provenance: Command = {
  name: 'provenance',
  usage: 'provenance <dir> (--claim ID | --article ID --quote TEXT [--occurrence N])',
  summary: 'List the articles carrying a claim’s words or a quote, earliest published first, and how each copy differs.',
  options: { claim: { type: 'string' }, ...QUOTE_OPTIONS },
  positionals: 1,
  async run(args) {
    const claimId = optionalString(args, 'claim');
    if ((claimId === undefined) === (optionalString(args, 'article') === undefined)) {
      throw new UsageError('Give either --claim, or --article with --quote.');
    }
    const words = claimId === undefined ? quoteArgs(args) : null;
    return withCase(args.positionals[0]!, async (client) => {
      const found = words === null ? await client.findCarriers({ claimId: claimId! }) : await client.findCarriers({ passage: await selectQuote(client, words) });
      return { json: contract(found), text: carrierLines(found).join('\n') };
    });
  },
};

/** The shape scripts rely on (issue 10): nothing more, so it can grow only on purpose. */
function contract({ quote, firstArticleId, carriers }: Carriers) {
  return {
    quote,
    firstArticleId,
    carriers: carriers.map(({ articleId, title, outlet, publishedAt, match, text, differences }) => ({
      articleId,
      title,
      outlet,
      publishedAt,
      match,
      text,
      differences: differences.map(({ kind, from, to }) => ({ kind, from, to })),
    })),
  };
}

/** One line per carrier (first, match, article, date, outlet, title), its differences indented below it. */
function carrierLines({ carriers, firstArticleId }: Carriers): string[] {
  if (carriers.length === 0) return ['No article carries these words.'];
  return carriers.flatMap((carrier: Carrier) => [
    columns([
      carrier.articleId === firstArticleId ? 'first' : '',
      carrier.match,
      carrier.articleId,
      carrier.publishedAt ?? `undated (imported ${carrier.importedAt.slice(0, 10)})`,
      carrier.outlet ?? '',
      carrier.title,
    ]),
    ...carrier.differences
      .filter((difference) => carrier.match === 'altered' && difference.kind !== 'punctuation')
      .map((difference) => columns(['', difference.kind, `"${difference.from}" → "${difference.to}"`])),
  ]);
}
