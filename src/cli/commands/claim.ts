import { withCase } from '../client';
import { CLAIM_FIELD_OPTIONS, CLAIM_FIELD_USAGE, claimFieldsFrom } from '../claim-options';
import { type Command } from '../command';
import { QUOTE_OPTIONS, quoteArgs, selectQuote } from '../quote-selector';
import { columns } from '../terminal-text';

export const claim: Command = {
  name: 'claim',
  usage: `claim <dir> --article ID --quote TEXT [--occurrence N] ${CLAIM_FIELD_USAGE}`,
  summary: 'Tag the words of an article as a claim.',
  options: { ...QUOTE_OPTIONS, ...CLAIM_FIELD_OPTIONS },
  positionals: 1,
  async run(args) {
    const words = quoteArgs(args);
    const fields = claimFieldsFrom(args);
    return withCase(args.positionals[0]!, async (client) => {
      const { claim, appearance } = await client.createClaim({ ...(await selectQuote(client, words)), ...fields });
      return { json: { claim, appearance }, text: columns([claim.id, claim.verdict, claim.statement]) };
    });
  },
};
