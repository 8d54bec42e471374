import { describeChange } from '../../shared/history';
import { withCase } from '../client';
import { optionalInteger, optionalString, type Command } from '../command';
import { columns } from '../terminal-text';

export const history: Command = {
  name: 'history',
  usage: 'history <dir> [--claim ID] [--limit N]',
  summary: 'The audit trail, newest first: time, analyst, action and what changed; for one claim with --claim.',
  options: { claim: { type: 'string' }, limit: { type: 'string' } },
  positionals: 1,
  async run(args) {
    const [dir] = args.positionals;
    const claimId = optionalString(args, 'claim');
    const limit = optionalInteger(args, 'limit');
    return withCase(dir!, async (client) => {
      const entries = await client.getHistory({ claimId, limit });
      const lines = entries.map((entry) =>
        columns([
          entry.at,
          entry.actor,
          `${entry.action} ${entry.entity}${entry.cause ? ` (${entry.cause})` : ''}`,
          entry.entityId,
          describeChange(entry),
        ]),
      );
      return { json: entries, text: lines.length === 0 ? 'No changes yet.' : lines.join('\n') };
    });
  },
};
