import { CREDIBILITIES, RELATIONS, type Credibility, type Relation } from '../../shared/model';
import { withCase } from '../client';
import { optionalInteger, optionalString, requireString, UsageError, type Command } from '../command';

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
    const relation = requireString(args, 'relation');
    if (!(RELATIONS as readonly string[]).includes(relation)) {
      throw new UsageError(`--relation must be one of ${RELATIONS.join(', ')}; got "${relation}".`);
    }
    const credibility = optionalInteger(args, 'credibility');
    if (credibility !== undefined && !(CREDIBILITIES as readonly number[]).includes(credibility)) {
      throw new UsageError(`--credibility must be a grade from 1 to 6; got ${credibility}.`);
    }
    return withCase(args.positionals[0]!, async (client) => {
      const evidence = await client.linkEvidence({
        claimId: requireString(args, 'claim'),
        sourceId: requireString(args, 'source'),
        relation: relation as Relation,
        credibility: credibility as Credibility | undefined,
        excerpt: optionalString(args, 'excerpt'),
        note: optionalString(args, 'note'),
      });
      return { json: evidence, text: `${evidence.id}\t${evidence.relation}\t${evidence.claimId} ← ${evidence.sourceId}` };
    });
  },
};
