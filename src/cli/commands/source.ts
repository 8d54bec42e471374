import { RELIABILITIES, SOURCE_KINDS, type Reliability, type SourceKind } from '../../shared/model';
import { withCase } from '../client';
import { optionalString, requireString, UsageError, type Command } from '../command';

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
    const kind = optionalString(args, 'kind');
    if (kind !== undefined && !(SOURCE_KINDS as readonly string[]).includes(kind)) {
      throw new UsageError(`--kind must be one of ${SOURCE_KINDS.join(', ')}; got "${kind}".`);
    }
    const reliability = optionalString(args, 'reliability')?.toUpperCase();
    if (reliability !== undefined && !(RELIABILITIES as readonly string[]).includes(reliability)) {
      throw new UsageError(`--reliability must be a grade from A to F; got "${reliability}".`);
    }
    return withCase(args.positionals[0]!, async (client) => {
      const created = await client.createSource({
        title: requireString(args, 'title'),
        url: optionalString(args, 'url') ?? null,
        publisher: optionalString(args, 'publisher') ?? null,
        author: optionalString(args, 'author') ?? null,
        publishedAt: optionalString(args, 'date') ?? null,
        kind: kind as SourceKind | undefined,
        reliability: reliability as Reliability | undefined,
      });
      return { json: created, text: `${created.id}\t${created.reliability}\t${created.title}` };
    });
  },
};
