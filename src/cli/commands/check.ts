import { withCase } from '../client';
import type { Command } from '../command';
import { reportOptionsFrom, SELECTION_OPTIONS, SELECTION_USAGE } from '../report-options';
import { columns } from '../terminal-text';

export const check: Command = {
  name: 'check',
  usage: `check <dir> ${SELECTION_USAGE}`,
  summary: 'List what a reader of the report could not audit (the completeness check). Exit code 1 if anything.',
  options: SELECTION_OPTIONS,
  positionals: 1,
  async run(args) {
    const options = reportOptionsFrom(args);
    return withCase(args.positionals[0]!, async (client) => {
      const issues = await client.checkReport({ options });
      return {
        json: issues,
        text: issues.length === 0 ? 'Nothing missing: a reader can audit every verdict.' : issues.map((issue) => columns([issue.kind, issue.message])).join('\n'),
        exitCode: issues.length === 0 ? 0 : 1,
      };
    });
  },
};
