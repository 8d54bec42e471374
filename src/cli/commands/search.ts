import { withCase } from '../client';
import { optionalInteger, type Command } from '../command';
import { columns } from '../terminal-text';

export const search: Command = {
  name: 'search',
  usage: 'search <dir> QUERY... [--limit N]',
  summary: 'Search the articles, claims and sources of a case; prints kind, id and the words around each match.',
  options: { limit: { type: 'string' } },
  positionals: 2,
  async run(args) {
    const [dir, ...words] = args.positionals;
    const limit = optionalInteger(args, 'limit');
    return withCase(dir!, async (client) => {
      const hits = await client.search({ query: words.join(' '), limit });
      return {
        json: hits,
        text: hits.length === 0 ? 'No matches.' : hits.map((hit) => columns([hit.kind, hit.id, hit.snippet])).join('\n'),
      };
    });
  },
};
