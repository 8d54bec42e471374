// `claimdesk <command>`: parses a command line and runs the command over the same API as
// the app. Output goes to the console it is given, so tests read exactly what a user sees.

import { parseArgs } from 'node:util';
import { ClaimdeskError } from '../shared/rpc';
import { UsageError, type Command, type Outcome } from './command';
import { appear } from './commands/appear';
import { articles } from './commands/articles';
import { caseSettings } from './commands/case';
import { check } from './commands/check';
import { claim } from './commands/claim';
import { claims } from './commands/claims';
import { exportReport } from './commands/export';
import { history } from './commands/history';
import { importFiles } from './commands/import';
import { importAnnotationsCommand } from './commands/import-annotations';
import { importCaseCommand } from './commands/import-case';
import { init } from './commands/init';
import { link } from './commands/link';
import { search } from './commands/search';
import { demo, serve } from './commands/serve';
import { source } from './commands/source';
import { suggest } from './commands/suggest';
import { sources } from './commands/sources';
import { tags } from './commands/tags';

const COMMANDS: Command[] = [
  init,
  caseSettings,
  importFiles,
  articles,
  search,
  suggest,
  claim,
  claims,
  tags,
  appear,
  source,
  sources,
  link,
  history,
  check,
  exportReport,
  importCaseCommand,
  importAnnotationsCommand,
  serve,
  demo,
];

function help(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    'Usage: claimdesk <command> [options]   (add --json for machine-readable output)',
    '',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}\n  ${' '.repeat(width)}  claimdesk ${command.usage}`),
  ].join('\n');
}

/** Where a command's output goes: the terminal, or a test that reads it. */
export type Io = Pick<Console, 'log' | 'error'>;

/** Runs one command line; returns the exit code: 0 done, 1 failed, 2 wrongly called. */
export async function runCli(argv: string[], io: Io = console): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.log(help());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.error(`claimdesk: unknown command "${name}".\n\n${help()}`);
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
    const outcome = await command.run({ values, positionals });
    print(io, outcome, json);
    return outcome?.exitCode ?? 0;
  } catch (error) {
    return report(io, error, command, json);
  }
}

function print(io: Io, outcome: Outcome | void, json: boolean): void {
  if (!outcome) return;
  if (json) io.log(JSON.stringify(outcome.json, null, 2));
  else if (outcome.text) io.log(outcome.text);
}

function report(io: Io, error: unknown, command: Command, json: boolean): number {
  const isUsage = error instanceof UsageError || (error instanceof TypeError && 'code' in error);
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof ClaimdeskError ? error.code : isUsage ? 'usage' : 'internal';
  if (json) io.error(JSON.stringify({ error: { code, message } }));
  else io.error(`claimdesk ${command.name}: ${message}${isUsage ? `\nUsage: claimdesk ${command.usage}` : ''}`);
  if (!(error instanceof ClaimdeskError) && !isUsage) io.error(error);
  return isUsage ? 2 : 1;
}

