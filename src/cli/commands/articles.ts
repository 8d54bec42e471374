import { withCase } from '../client';
import type { Command } from '../command';
import { columns } from '../terminal-text';

export const articles: Command = {
  name: 'articles',
  usage: 'articles <dir>',
  summary: 'List the articles of a case: id, version, date, outlet and title.',
  options: {},
  positionals: 1,
  async run({ positionals: [dir] }) {
    return withCase(dir!, async (client) => {
      const { articles: list } = await client.getCase({});
      const rows = list.map(({ id, title, outlet, publishedAt, version, previousVersionId, url }) => ({
        id,
        title,
        outlet,
        publishedAt,
        version,
        previousVersionId,
        url,
      }));
      return {
        json: rows,
        // Tab-separated, id first, so the lines feed `cut` and `sort`; "-" marks what is unknown.
        text: rows
          .map((row) => columns([row.id, `v${row.version}`, row.publishedAt?.slice(0, 10) ?? '-', row.outlet ?? '-', row.title]))
          .join('\n'),
      };
    });
  },
};
