import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { AnnotationOutcome } from '../../shared/api';
import { ClaimdeskError } from '../../shared/rpc';
import { withCase } from '../client';
import type { Command } from '../command';
import { cannotRead } from '../cannot-read';
import { columns } from '../terminal-text';

export const importAnnotationsCommand: Command = {
  name: 'import-annotations',
  usage: 'import-annotations <dir> <file>',
  summary:
    'Create claims from W3C Web Annotations (or a Hypothesis export) on articles of the case. ' +
    'Exit code 1 if any annotation was left out.',
  options: {},
  positionals: 2,
  async run({ positionals: [dir, file] }) {
    const path = resolve(file!);
    const json = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new ClaimdeskError('not-found', cannotRead(path, error));
    });
    return withCase(dir!, async (client) => {
      const result = await client.importAnnotations({ json });
      const { counts } = result;
      const leftOut = counts['unmatched-target'] + counts['quote-not-found'] + counts['no-quote'];
      const summary =
        `${result.claims} claim${result.claims === 1 ? '' : 's'} created from ${counts.created} annotation${counts.created === 1 ? '' : 's'}; ` +
        `${counts.duplicate} already marked, ${counts['unmatched-target']} on no article of the case, ` +
        `${counts['quote-not-found']} quote${counts['quote-not-found'] === 1 ? '' : 's'} not found, ${counts['no-quote']} without a quote.`;
      return {
        json: result,
        text: [...result.outcomes.filter((outcome) => outcome.status !== 'created').map(outcomeLine), summary].join('\n'),
        exitCode: leftOut > 0 ? 1 : 0,
      };
    });
  },
};

function outcomeLine(outcome: AnnotationOutcome): string {
  return columns([outcome.status, `#${outcome.index + 1}`, outcome.target ?? '(no target)', outcome.quote ?? '']);
}
