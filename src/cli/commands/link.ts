import { CREDIBILITIES, RELATIONS } from '../../shared/model';
import { withCase } from '../client';
import { optionalChoice, optionalString, requireChoice, requireString, type Command } from '../command';

export const link: Command = {
  name: 'link',
  usage:
    'link <dir> --claim ID --source ID --relation supports|refutes|context|origin [--credibility 1-6] [--excerpt TEXT] [--note TEXT]',
  summary: 'Link a source to a claim as evidence.',
  options: {
    claim: { type: 'string' },
    source: { type: 'string' },
    relation: { type: 'string' },
    credibility: { type: 'string' },
    excerpt: { type: 'string' },
    note: { type: 'string' },
  },
  positionals: 1,
  async run(args) {
    const relation = requireChoice(args, 'relation', RELATIONS);
    const credibility = optionalChoice(args, 'credibility', CREDIBILITIES);
    return withCase(args.positionals[0]!, async (client) => {
      const evidence = await client.linkEvidence({
        claimId: requireString(args, 'claim'),
        sourceId: requireString(args, 'source'),
        relation,
        credibility,
        excerpt: optionalString(args, 'excerpt'),
        note: optionalString(args, 'note'),
      });
      return { json: evidence, text: `${evidence.id}\t${evidence.relation}\t${evidence.claimId} ← ${evidence.sourceId}` };
    });
  },
};
