// `claimdesk <command>`: the case from the command line, over the same API as the app.

import { parseArgs } from 'node:util';
import { ClaimdeskError } from '../shared/rpc';
import { UsageError, type Command, type Outcome } from './command';
import { articles } from './commands/articles';
import { claim } from './commands/claim';
import { exportReport } from './commands/export';
import { importFiles } from './commands/import';
import { init } from './commands/init';
import { link } from './commands/link';
import { search } from './commands/search';
import { demo, serve } from './commands/serve';
import { source } from './commands/source';

const COMMANDS: Command[] = [init, importFiles, articles, search, claim, source, link, exportReport, serve, demo];

function help(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    'Usage: claimdesk <command> [options]   (add --json for machine-readable output)',
    '',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}\n  ${' '.repeat(width)}  claimdesk ${command.usage}`),
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    console.log(help());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    console.error(`claimdesk: unknown command "${name}".\n\n${help()}`);
    return 2;
  }
  let json = false;
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: { ...command.options, json: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
    json = values.json === true;
    if (positionals.length < command.positionals) throw new UsageError('Missing arguments.');
    print(await command.run({ values, positionals }), json);
    return 0;
  } catch (error) {
    return report(error, command, json);
  }
}

function print(outcome: Outcome | void, json: boolean): void {
  if (!outcome) return;
  if (json) console.log(JSON.stringify(outcome.json, null, 2));
  else if (outcome.text) console.log(outcome.text);
}

function report(error: unknown, command: Command, json: boolean): number {
  const isUsage = error instanceof UsageError || (error instanceof TypeError && 'code' in error);
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof ClaimdeskError ? error.code : isUsage ? 'usage' : 'internal';
  if (json) console.error(JSON.stringify({ error: { code, message } }));
  else console.error(`claimdesk ${command.name}: ${message}${isUsage ? `\nUsage: claimdesk ${command.usage}` : ''}`);
  if (!(error instanceof ClaimdeskError) && !isUsage) console.error(error);
  return isUsage ? 2 : 1;
}

process.exitCode = await main(process.argv.slice(2));
