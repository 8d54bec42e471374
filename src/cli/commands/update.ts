import { withCase } from '../client';
import { CLAIM_FIELD_OPTIONS, CLAIM_FIELD_USAGE, claimFieldsFrom } from '../claim-options';
import { requireString, UsageError, type Command } from '../command';
import { columns } from '../terminal-text';

export const update: Command = {
  name: 'update',
  usage: `update <dir> --claim ID ${CLAIM_FIELD_USAGE}`,
  summary: 'Edit a claim: the fields given change, the others stay; --tag sets its tags.',
  options: { claim: { type: 'string' }, ...CLAIM_FIELD_OPTIONS },
  positionals: 1,
  async run(args) {
    const id = requireString(args, 'claim');
    const patch = claimFieldsFrom(args);
    if (Object.keys(patch).length === 0) throw new UsageError('Give at least one field to change.');
    return withCase(args.positionals[0]!, async (client) => {
      const claim = await client.updateClaim({ id, patch });
      return { json: claim, text: columns([claim.id, claim.verdict, claim.statement]) };
    });
  },
};
