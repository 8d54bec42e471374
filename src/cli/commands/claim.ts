import { CLAIM_TYPES, CONFIDENCES, VERDICTS } from '../../shared/model';
import { withCase } from '../client';
import { optionalChoice, optionalString, stringList, type Command } from '../command';
import { QUOTE_OPTIONS, quoteArgs, selectQuote } from '../quote-selector';
import { columns } from '../terminal-text';

export const claim: Command = {
  name: 'claim',
  usage:
    'claim <dir> --article ID --quote TEXT [--occurrence N] [--statement S] [--claimant C] [--type T] [--verdict V] [--confidence C] [--tag T]... [--rationale MARKDOWN]',
  summary: 'Tag the words of an article as a claim.',
  options: {
    ...QUOTE_OPTIONS,
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
    const words = quoteArgs(args);
    const type = optionalChoice(args, 'type', CLAIM_TYPES);
    const verdict = optionalChoice(args, 'verdict', VERDICTS);
    const confidence = optionalChoice(args, 'confidence', CONFIDENCES);
    return withCase(args.positionals[0]!, async (client) => {
      const { claim, appearance } = await client.createClaim({
        ...(await selectQuote(client, words)),
        statement: optionalString(args, 'statement'),
        claimant: optionalString(args, 'claimant'),
        type,
        verdict,
        confidence,
        rationale: optionalString(args, 'rationale'),
        tags: stringList(args, 'tag'),
      });
      return { json: { claim, appearance }, text: columns([claim.id, claim.verdict, claim.statement]) };
    });
  },
};
