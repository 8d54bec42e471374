// `claimdesk <command>`: the case from the command line.

import { runCli } from './run';

process.exitCode = await runCli(process.argv.slice(2));
