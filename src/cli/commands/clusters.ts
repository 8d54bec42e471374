import { withCase } from '../client';
import type { Command } from '../command';

export const clusters: Command = {
  name: 'clusters',
  usage: 'clusters <dir>',
  summary: 'Groups of articles that are copies of one text (reprints, rewrites of one wire story), with the share of text they have in common.',
  options: {},
  positionals: 1,
  async run({ positionals: [dir] }) {
    return withCase(dir!, async (client) => {
      const found = await client.getClusters({});
      const { articles } = await client.getCase({});
      const titles = new Map(articles.map((article) => [article.id, article.title]));
      const rows = found.map(({ articleIds, shared }) => ({ articleIds, shared }));
      return {
        json: rows,
        text: rows.length
          ? rows
              .map((row) => `${row.articleIds.length} copies of one text, ${Math.round(row.shared * 100)}% shared\n` +
                row.articleIds.map((id) => `  ${id}\t${titles.get(id) ?? ''}`).join('\n'))
              .join('\n')
          : 'No copies: no two articles share most of their text.',
      };
    });
  },
};
