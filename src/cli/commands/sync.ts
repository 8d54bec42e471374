// A case shared through git: share, clone, sync, and the conflicts a sync leaves.

import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ClaimdeskError } from '../../shared/rpc';
import { SIDES, type Conflict, type SyncResult } from '../../shared/sync';
import { cloneCase, type Credentials } from '../../core/sync';
import { withCase } from '../client';
import { optionalString, requireChoice, requireString, UsageError, type Command } from '../command';
import { columns } from '../terminal-text';

/** For an HTTPS remote that asks for them; read from the environment, never saved. */
function credentialsFromEnvironment(): Credentials | undefined {
  const username = process.env.CLAIMDESK_GIT_USERNAME;
  const password = process.env.CLAIMDESK_GIT_TOKEN;
  return password ? { username: username ?? 'token', password } : undefined;
}

const CREDENTIALS_NOTE = 'An HTTPS remote that asks for a user name and token takes them from CLAIMDESK_GIT_USERNAME and CLAIMDESK_GIT_TOKEN.';

/** The remote's refusal, with how the command line is given a user name and token. */
async function withCredentialsHint<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof ClaimdeskError) || error.code !== 'credentials-needed') throw error;
    throw new ClaimdeskError(
      error.code,
      `${error.message} Give them in the environment, never on the command line: CLAIMDESK_GIT_USERNAME (your user name on the server) and CLAIMDESK_GIT_TOKEN (an access token, or the password).`,
    );
  }
}

export const share: Command = {
  name: 'share',
  usage: 'share <dir> --remote URL',
  summary: `Make the case a git repository with that remote, commit it and push it. ${CREDENTIALS_NOTE}`,
  options: { remote: { type: 'string' } },
  positionals: 1,
  async run(args) {
    const remote = requireString(args, 'remote');
    return withCase(args.positionals[0]!, async (client) => {
      const result = await withCredentialsHint(() => client.shareCase({ remote, credentials: credentialsFromEnvironment() }));
      return { json: syncJson(result), text: `Shared the case with ${remote}: sent ${result.sent} changes.` };
    });
  },
};

export const clone: Command = {
  name: 'clone',
  usage: 'clone URL <dir> [--analyst NAME]',
  summary: `Make a copy of a shared case in a new folder; with --analyst, your edits carry your name. ${CREDENTIALS_NOTE}`,
  options: { analyst: { type: 'string' } },
  positionals: 2,
  async run(args) {
    const [url, folder] = args.positionals as [string, string];
    const dir = resolve(folder);
    if (existsSync(dir) && readdirSync(dir).length > 0) {
      throw new ClaimdeskError('invalid-input', `${dir} is not empty: clone into a new folder. Nothing was changed.`);
    }
    await withCredentialsHint(() => cloneCase(url, dir, { analyst: optionalString(args, 'analyst'), credentials: credentialsFromEnvironment() ?? null }));
    return { json: { dir, remote: url }, text: `Cloned ${url} into ${dir}` };
  },
};

export const sync: Command = {
  name: 'sync',
  usage: 'sync <dir>',
  summary: `Send the edits made here, bring the others' and merge them claim by claim. Exit 1 when the remote cannot be reached. ${CREDENTIALS_NOTE}`,
  options: {},
  positionals: 1,
  async run(args) {
    return withCase(args.positionals[0]!, async (client) => {
      const result = await withCredentialsHint(() => client.syncCase({ credentials: credentialsFromEnvironment() }));
      const summary = `Sent ${result.sent} changes, received ${result.received}.`;
      const conflicts = result.conflicts.length === 0 ? '' : `\n${result.conflicts.length} conflicts to resolve:\n${conflictLines(result.conflicts)}`;
      return { json: syncJson(result), text: summary + conflicts };
    });
  },
};

export const conflicts: Command = {
  name: 'conflicts',
  usage: 'conflicts <dir>',
  summary: 'The conflicts the syncs left: each field with my value and theirs; mine stays until resolved.',
  options: {},
  positionals: 1,
  async run(args) {
    return withCase(args.positionals[0]!, async (client) => {
      const open = await client.listConflicts({});
      return { json: open.map(conflictJson), text: open.length === 0 ? 'No conflicts.' : conflictLines(open) };
    });
  },
};

export const resolveCommand: Command = {
  name: 'resolve',
  usage: 'resolve <dir> --conflict ID (--take mine|theirs | --value V)',
  summary:
    'Settle a conflict: keep mine, take theirs, or write the value yourself with --value (an allowed verdict, type or confidence, or text; empty unsets). Theirs and a value are edits, sent at the next sync.',
  options: { conflict: { type: 'string' }, take: { type: 'string' }, value: { type: 'string' } },
  positionals: 1,
  async run(args) {
    const id = requireString(args, 'conflict');
    const value = optionalString(args, 'value');
    const take = value === undefined ? requireChoice(args, 'take', SIDES) : 'edit';
    if (value !== undefined && optionalString(args, 'take') !== undefined) throw new UsageError('Give --take or --value, not both.');
    return withCase(args.positionals[0]!, async (client) => {
      const open = await client.resolveConflict({ id, take, ...(value === undefined ? {} : { value }) });
      const how = value === undefined ? `Took ${take}` : `Wrote "${shortValue(value)}"`;
      return { json: { resolved: id, take, conflicts: open.map(conflictJson) }, text: `${how} for ${id}; ${open.length} conflicts left.` };
    });
  },
};

/** The shape scripts depend on. */
function syncJson(result: SyncResult) {
  return { sent: result.sent, received: result.received, conflicts: result.conflicts.map(conflictJson) };
}

function conflictJson({ id, entity, entityId, field, mine, theirs, theirAnalyst }: Conflict) {
  return { id, entity, entityId, field, mine, theirs, theirAnalyst };
}

function conflictLines(open: readonly Conflict[]): string {
  return open
    .map((conflict) => columns([conflict.id, `mine: ${shortValue(conflict.mine)}`, `${conflict.theirAnalyst}: ${shortValue(conflict.theirs)}`]))
    .join('\n');
}

function shortValue(value: unknown): string {
  if (value === null) return '(deleted)';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
