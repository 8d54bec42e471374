import { RELIABILITIES, SOURCE_KINDS } from '../../shared/model';
import { withCase } from '../client';
import { optionalChoice, optionalString, requireString, type Command } from '../command';
import { columns } from '../terminal-text';

export const source: Command = {
  name: 'source',
  usage: 'source <dir> --title T [--url U] [--publisher P] [--author A] [--date D] [--kind K] [--reliability A-F]',
  summary: 'Add a source to the case library.',
  options: {
    title: { type: 'string' },
    url: { type: 'string' },
    publisher: { type: 'string' },
    author: { type: 'string' },
    date: { type: 'string' },
    kind: { type: 'string' },
    reliability: { type: 'string' },
  },
  positionals: 1,
  async run(args) {
    const kind = optionalChoice(args, 'kind', SOURCE_KINDS);
    const reliability = optionalChoice(args, 'reliability', RELIABILITIES);
    return withCase(args.positionals[0]!, async (client) => {
      const created = await client.createSource({
        title: requireString(args, 'title'),
        url: optionalString(args, 'url') ?? null,
        publisher: optionalString(args, 'publisher') ?? null,
        author: optionalString(args, 'author') ?? null,
        publishedAt: optionalString(args, 'date') ?? null,
        kind,
        reliability,
      });
      return { json: created, text: columns([created.id, created.reliability, created.title]) };
    });
  },
};
