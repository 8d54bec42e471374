// `claimdesk <command>`: parses a command line and runs the command over the same API as
// the app. Output goes to the console it is given, so tests read exactly what a user sees.

import { parseArgs } from 'node:util';
import { fileSystemMessage } from '../shared/fs-errors';
import { ClaimdeskError, type ErrorCode } from '../shared/rpc';
import { UsageError, type Command, type Outcome } from './command';
import { appear } from './commands/appear';
import { articles } from './commands/articles';
import { caseSettings } from './commands/case';
import { changes } from './commands/changes';
import { check } from './commands/check';
import { claim } from './commands/claim';
import { claims } from './commands/claims';
import { clusters } from './commands/clusters';
import { doctor } from './commands/doctor';
import { exportReport } from './commands/export';
import { history } from './commands/history';
import { importFiles } from './commands/import';
import { importAnnotationsCommand } from './commands/import-annotations';
import { importCaseCommand } from './commands/import-case';
import { init } from './commands/init';
import { link } from './commands/link';
import { provenance } from './commands/provenance';
import { search } from './commands/search';
import { demo, serve } from './commands/serve';
import { source } from './commands/source';
import { suggest } from './commands/suggest';
import { sources } from './commands/sources';
import { clone, conflicts, resolveCommand, share, sync } from './commands/sync';
import { tags } from './commands/tags';
import { update } from './commands/update';
import { terminalJson, terminalText } from './terminal-text';
import { showUnexpectedErrors } from './unexpected-errors';

const COMMANDS: Command[] = [
  init,
  caseSettings,
  importFiles,
  articles,
  changes,
  clusters,
  search,
  suggest,
  claim,
  claims,
  update,
  tags,
  appear,
  provenance,
  source,
  sources,
  link,
  history,
  check,
  doctor,
  exportReport,
  importCaseCommand,
  importAnnotationsCommand,
  share,
  clone,
  sync,
  conflicts,
  resolveCommand,
  serve,
  demo,
];

function help(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    'Usage: claimdesk <command> [options]   (add --json for machine-readable output, --debug to see where an unexpected error came from)',
    '',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}\n  ${' '.repeat(width)}  claimdesk ${command.usage}`),
  ].join('\n');
}

/** Where a command's output goes: the terminal, or a test that reads it. */
export type Io = Pick<Console, 'log' | 'error'>;

/** Runs one command line; returns the exit code: 0 done, 1 failed, 2 wrongly called. */
export async function runCli(argv: string[], io: Io = console): Promise<number> {
  const debug = argv.includes(DEBUG_FLAG);
  showUnexpectedErrors(debug ? (error) => io.error(stackOf(error)) : null);
  const [name, ...rest] = argv.filter((arg) => arg !== DEBUG_FLAG);
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.log(help());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.error(terminalText(`claimdesk: unknown command "${name}".\n\n${help()}`));
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
    return report(io, error, command, json, debug);
  }
}

/** Global: shows the stack of an unexpected error, for a bug report. */
const DEBUG_FLAG = '--debug';

/** Every line printed goes through here or report(): nothing from a file reaches the terminal raw. */
function print(io: Io, outcome: Outcome | void, json: boolean): void {
  if (!outcome) return;
  if (json) io.log(terminalJson(outcome.json));
  else if (outcome.text) io.log(terminalText(outcome.text));
}

function report(io: Io, error: unknown, command: Command, json: boolean, debug: boolean): number {
  const isUsage = error instanceof UsageError || (error instanceof TypeError && 'code' in error);
  const fileSystem = fileSystemMessage(error);
  const message = fileSystem ?? (error instanceof Error ? error.message : String(error));
  const code: ErrorCode | 'usage' =
    error instanceof ClaimdeskError ? error.code : isUsage ? 'usage' : fileSystem !== null ? 'file-system' : 'internal';
  if (json) io.error(terminalJson({ error: { code, message } }, 0));
  else io.error(terminalText(`claimdesk ${command.name}: ${message}${isUsage ? `\nUsage: claimdesk ${command.usage}` : ''}`));
  if (code === 'internal') io.error(debug ? stackOf(error) : `(This is a fault in Claimdesk; add ${DEBUG_FLAG} to see where it happened.)`);
  return isUsage ? 2 : 1;
}

function stackOf(error: unknown): string {
  return terminalText(error instanceof Error ? (error.stack ?? error.message) : String(error));
}
