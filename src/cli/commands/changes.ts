import { withCase } from '../client';
import { requireString, type Command } from '../command';

export const changes: Command = {
  name: 'changes',
  usage: 'changes <dir> --article ID',
  summary: 'What a version of an article changed from the one it replaces, and whether it is a silent edit (no correction notice).',
  options: { article: { type: 'string' } },
  positionals: 1,
  async run(args) {
    const articleId = requireString(args, 'article');
    return withCase(args.positionals[0]!, async (client) => {
      const { previousVersionId, notice, silent, changes: list } = await client.getVersionChanges({ articleId });
      const rows = list.map(({ kind, before, after, substantive, differences }) => ({ kind, before, after, substantive, differences }));
      const verdict = silent ? 'Silent edit: the story changed and no notice says so.' : notice ? `Notice: ${notice}` : 'No substantive change.';
      return {
        json: { articleId, previousVersionId, notice, silent, changes: rows },
        text: [
          `${articleId} replaces ${previousVersionId}. ${verdict}`,
          ...rows.map((row) => `${row.kind}${row.substantive ? ' (substantive)' : ''}\n${describe(row)}`),
        ].join('\n'),
      };
    });
  },
};

function describe({ before, after, differences }: { before: string | null; after: string | null; differences: { kind: string; from: string; to: string }[] }): string {
  if (differences.length > 0) return differences.map((d) => `  ${d.kind}: “${d.from}” → “${d.to}”`).join('\n');
  return `  ${before !== null ? '- ' + before : '+ ' + (after ?? '')}`;
}
