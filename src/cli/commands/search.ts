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
      const { hits, unreadable } = await client.search({ query: words.join(' '), limit });
      const lines = hits.length === 0 ? ['No matches.'] : hits.map((hit) => columns([hit.kind, hit.id, hit.snippet]));
      for (const { id, title } of unreadable) {
        lines.push(columns(['not searched', `article ${id} "${title}": its file is missing or damaged (claimdesk doctor ${dir} says more)`]));
      }
      return { json: { hits, unreadable }, text: lines.join('\n') };
    });
  },
};
