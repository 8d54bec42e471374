// Sharing the open case through git. The service remembers how the last sync went, for
// the Sync button to say "offline", and where credentials come from in the app.

import { existsSync, readdirSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import type { Params } from '../../shared/api';
import { ClaimdeskError } from '../../shared/rpc';
import type { Conflict, SyncResult, SyncStatus } from '../../shared/sync';
import { changesToSend, cloneCase, listConflicts, readConflicts, remoteUrl, resolveConflict, shareCase, syncCase, type Credentials } from '../sync';
import type { ServiceContext } from './context';

/** Where the app keeps the user name and token for a remote: the OS's secret store. */
export interface CredentialStore {
  get(url: string): Promise<Credentials | null>;
  set(url: string, credentials: Credentials): Promise<void>;
}

/** The browser host's: kept while it runs, forgotten when it stops; a browser lends no secret store. */
export function memoryCredentialStore(): CredentialStore {
  const kept = new Map<string, Credentials>();
  return {
    get: async (url) => kept.get(url) ?? null,
    set: async (url, credentials) => {
      kept.set(url, credentials);
    },
  };
}

export class SyncSession {
  lastError: string | null = null;
  offline = false;
  private running: Promise<SyncResult> | null = null;

  constructor(readonly credentials: CredentialStore | null) {}

  /** One sync at a time: a second request joins the one running. */
  once(sync: () => Promise<SyncResult>): Promise<SyncResult> {
    this.running ??= this.track(sync).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async track(sync: () => Promise<SyncResult>): Promise<SyncResult> {
    try {
      const result = await sync();
      this.lastError = null;
      this.offline = false;
      return result;
    } catch (error) {
      this.lastError = error instanceof Error ? error.message : String(error);
      this.offline = error instanceof ClaimdeskError && error.code === 'unavailable';
      throw error;
    }
  }
}

export function share(ctx: ServiceContext, { remote, credentials }: Params<'shareCase'>): Promise<SyncResult> {
  return ctx.sync.once(async () => {
    const given = credentials ?? (await ctx.sync.credentials?.get(remote)) ?? null;
    const result = await shareCase(ctx.store, remote, given);
    if (credentials) await ctx.sync.credentials?.set(remote, credentials);
    return result;
  });
}

export function sync(ctx: ServiceContext, { credentials }: Params<'syncCase'>): Promise<SyncResult> {
  return ctx.sync.once(async () => {
    const remote = await remoteUrl(ctx.store.dir);
    const given = credentials ?? (remote ? await ctx.sync.credentials?.get(remote) : null) ?? null;
    const result = await syncCase(ctx.store, given);
    if (credentials && remote) await ctx.sync.credentials?.set(remote, credentials);
    return result;
  });
}

/** Copies a shared case into a new folder (the desk then opens it); resolves with the folder. */
export async function cloneShared(store: CredentialStore | null, { url, dir, analyst, credentials }: Params<'cloneSharedCase'>): Promise<string> {
  const target = resolvePath(dir);
  if (existsSync(target) && readdirSync(target).length > 0) {
    throw new ClaimdeskError('invalid-input', `${target} is not empty: choose a new folder for the copy. Nothing was changed.`);
  }
  const given = credentials ?? (await store?.get(url)) ?? null;
  await cloneCase(url, target, { ...(analyst ? { analyst } : {}), credentials: given });
  if (credentials) await store?.set(url, credentials);
  return target;
}

export async function getSyncStatus(ctx: ServiceContext): Promise<SyncStatus> {
  const remote = await remoteUrl(ctx.store.dir);
  const conflicts = (await readConflicts(ctx.store.dir)).length;
  const toSend = remote ? await changesToSend(ctx.store) : 0;
  return { state: stateOf(remote, conflicts, toSend, ctx.sync.offline), remote, toSend, conflicts, lastError: ctx.sync.lastError };
}

function stateOf(remote: string | null, conflicts: number, toSend: number, offline: boolean): SyncStatus['state'] {
  if (remote === null) return 'not-shared';
  if (conflicts > 0) return 'conflicts';
  if (offline) return 'offline';
  return toSend > 0 ? 'changes-to-send' : 'up-to-date';
}

export function getConflicts(ctx: ServiceContext): Promise<Conflict[]> {
  return listConflicts(ctx.store);
}

export function takeSide(ctx: ServiceContext, { id, take, value }: Params<'resolveConflict'>): Promise<Conflict[]> {
  return resolveConflict(ctx.store, id, take, value);
}
