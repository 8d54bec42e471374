import { withCase } from '../client';
import { requireString, type Command } from '../command';
import { QUOTE_OPTIONS, quoteArgs, selectQuote } from '../quote-selector';
import { columns } from '../terminal-text';

export const appear: Command = {
  name: 'appear',
  usage: 'appear <dir> --claim ID --article ID --quote TEXT [--occurrence N]',
  summary: 'Mark an existing claim where it is made again, in this or another article.',
  options: { claim: { type: 'string' }, ...QUOTE_OPTIONS },
  positionals: 1,
  async run(args) {
    const claimId = requireString(args, 'claim');
    const words = quoteArgs(args);
    return withCase(args.positionals[0]!, async (client) => {
      const appearance = await client.addAppearance({ claimId, ...(await selectQuote(client, words)) });
      return {
        json: appearance,
        text: columns([appearance.id, appearance.claimId, appearance.articleId, appearance.selector.quote.exact]),
      };
    });
  },
};
