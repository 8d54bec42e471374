import { CREDIBILITIES, RELATIONS } from '../../shared/model';
import { withCase } from '../client';
import { optionalChoice, optionalString, requireChoice, requireString, UsageError, type Command } from '../command';
import { QUOTE_OPTIONS, quoteArgs, selectQuote } from '../quote-selector';

export const link: Command = {
  name: 'link',
  usage:
    'link <dir> --claim ID (--source ID | --article ID --quote TEXT [--occurrence N]) --relation supports|refutes|context|origin [--credibility 1-6] [--excerpt TEXT] [--note TEXT]',
  summary: 'Link a source, or a passage of an article in the case, to a claim as evidence.',
  options: {
    claim: { type: 'string' },
    source: { type: 'string' },
    ...QUOTE_OPTIONS,
    relation: { type: 'string' },
    credibility: { type: 'string' },
    excerpt: { type: 'string' },
    note: { type: 'string' },
  },
  positionals: 1,
  async run(args) {
    const claimId = requireString(args, 'claim');
    const sourceId = optionalString(args, 'source');
    const passage = Object.keys(QUOTE_OPTIONS).some((name) => args.values[name] !== undefined);
    if ((sourceId === undefined) === !passage) {
      throw new UsageError('Give exactly one of --source (a source in the library) and --article with --quote (a passage).');
    }
    const words = passage ? quoteArgs(args) : null;
    const relation = requireChoice(args, 'relation', RELATIONS);
    const credibility = optionalChoice(args, 'credibility', CREDIBILITIES);
    return withCase(args.positionals[0]!, async (client) => {
      const evidence = await client.linkEvidence({
        claimId,
        ...(words === null ? { sourceId } : { passage: await selectQuote(client, words) }),
        relation,
        credibility,
        excerpt: optionalString(args, 'excerpt'),
        note: optionalString(args, 'note'),
      });
      return { json: evidence, text: `${evidence.id}\t${evidence.relation}\t${evidence.claimId} ← ${evidence.sourceId}` };
    });
  },
};
