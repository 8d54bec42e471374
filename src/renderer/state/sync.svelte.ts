// The case shared through git, as the app shows it: the Sync button's state, the
// conflicts to settle, and a sync now and then while the case is open. A sync runs in
// the background: editing goes on meanwhile, and the case reloads when it lands.

import type { FieldValue } from '../../shared/conflict-fields';
import type { Conflict, SyncStatus, Take } from '../../shared/sync';
import { ClaimdeskError } from '../../shared/rpc';
import { api } from '../lib/api';
import { caseState } from './case.svelte';
import { desk } from './desk.svelte';
import { messageOf, toasts } from './toasts.svelte';

/** How often the button's state is asked for: edits made here change "changes to send". */
const STATUS_POLL_MS = 5_000;
/** How often a shared case syncs by itself, to bring the others' edits. */
const AUTO_SYNC_MS = 5 * 60_000;

export interface Credentials {
  username: string;
  password: string;
}

/** A remote asked for a user name and token: what it said, and the action to try again with them. */
export interface CredentialPrompt {
  /** The remote's refusal, naming it. */
  message: string;
  retry: (credentials: Credentials) => Promise<boolean>;
}

class SyncState {
  status = $state.raw<SyncStatus | null>(null);
  conflicts = $state.raw<Conflict[]>([]);
  busy = $state(false);
  /** The Share dialog and the Conflicts view. */
  shareDialog = $state(false);
  conflictsView = $state(false);
  cloneDialog = $state(false);
  credentialPrompt = $state.raw<CredentialPrompt | null>(null);
  /** The timer's sync was refused for want of credentials: the button asks for them when pressed, not in the middle of typing. */
  signInNeeded = $state.raw<CredentialPrompt | null>(null);
  #timers: ReturnType<typeof setInterval>[] = [];

  readonly label = $derived.by((): string => {
    const status = this.status;
    if (this.busy) return 'Syncing…';
    if (this.signInNeeded) return 'Sign in to sync';
    if (!status || status.state === 'not-shared') return 'Share';
    if (status.state === 'conflicts') return `${status.conflicts} conflict${status.conflicts === 1 ? '' : 's'}`;
    if (status.state === 'offline') return 'Offline';
    if (status.state === 'changes-to-send') return `${status.toSend} change${status.toSend === 1 ? '' : 's'} to send`;
    return 'Up to date';
  });

  /** Starts watching the open case; safe to call again. */
  watch(): void {
    if (this.#timers.length > 0) return;
    void this.refresh();
    this.#timers.push(setInterval(() => void this.refresh(), STATUS_POLL_MS));
    this.#timers.push(setInterval(() => void this.syncQuietly(), AUTO_SYNC_MS));
  }

  async refresh(): Promise<void> {
    try {
      this.status = await api.getSyncStatus({});
      this.conflicts = this.status.conflicts > 0 ? await api.listConflicts({}) : [];
    } catch {
      // The button keeps its last state; the next poll tries again.
    }
  }

  /** The button: share a case not yet shared, show conflicts, or sync. */
  press(): void {
    if (this.signInNeeded) this.credentialPrompt = this.signInNeeded;
    else if (this.status?.state === 'not-shared') this.shareDialog = true;
    else if (this.status?.state === 'conflicts') this.conflictsView = true;
    else void this.sync();
  }

  async sync(credentials?: Credentials): Promise<boolean> {
    return this.#run((given) => this.sync(given), async () => {
      const result = await api.syncCase(credentials ? { credentials } : {});
      const conflicts = result.conflicts.length;
      toasts.success(`Synced: sent ${result.sent}, received ${result.received}${conflicts ? `; ${conflicts} conflicts to resolve` : ''}.`);
      if (conflicts) this.conflictsView = true;
    });
  }

  async share(remote: string, credentials?: Credentials): Promise<boolean> {
    return this.#run((given) => this.share(remote, given), async () => {
      const result = await api.shareCase(credentials ? { remote, credentials } : { remote });
      toasts.success(`Shared with ${remote}: sent ${result.sent} changes.`);
    });
  }

  /** Copies a shared case into a new folder and opens it there (the page loads again); false when it failed. */
  async clone(url: string, dir: string, analyst: string, credentials?: Credentials): Promise<boolean> {
    this.busy = true;
    try {
      await desk.switch(() => api.cloneSharedCase({ url, dir, ...(analyst ? { analyst } : {}), ...(credentials ? { credentials } : {}) }));
      return true;
    } catch (error) {
      this.#failed(error, (given) => this.clone(url, dir, analyst, given));
      return false;
    } finally {
      this.busy = false;
    }
  }

  /** Takes a side, or (take "edit") the value the analyst wrote. */
  async resolve(id: string, take: Take, value: FieldValue = null): Promise<void> {
    await this.#run(null, async () => {
      this.conflicts = await api.resolveConflict(take === 'edit' ? { id, take, value } : { id, take });
      if (this.conflicts.length === 0) this.conflictsView = false;
    });
  }

  /** The timer's sync says nothing unless it brought something; offline shows on the button. */
  private async syncQuietly(): Promise<void> {
    if (this.busy || document.hidden || this.status === null || this.status.state === 'not-shared') return;
    this.busy = true;
    try {
      const result = await api.syncCase({});
      if (result.received > 0) toasts.info(`Synced: received ${result.received} changes.`);
    } catch (error) {
      // Offline shows in the button's state; a refusal turns the button into a sign-in.
      if (error instanceof ClaimdeskError && error.code === 'credentials-needed') {
        this.signInNeeded = { message: error.message, retry: (given) => this.sync(given) };
      }
    } finally {
      this.busy = false;
      await this.#landed();
    }
  }

  /** Runs an action; one a remote refused for want of credentials asks for them and tries again with `retry`. */
  async #run(retry: CredentialPrompt['retry'] | null, work: () => Promise<void>): Promise<boolean> {
    this.busy = true;
    try {
      await work();
      this.credentialPrompt = null;
      this.signInNeeded = null;
      return true;
    } catch (error) {
      this.#failed(error, retry);
      return false;
    } finally {
      this.busy = false;
      await this.#landed();
    }
  }

  #failed(error: unknown, retry: CredentialPrompt['retry'] | null): void {
    if (retry !== null && error instanceof ClaimdeskError && error.code === 'credentials-needed') {
      // The prompt takes over from the dialog that reached the remote: its values ride with the retry.
      this.shareDialog = false;
      this.cloneDialog = false;
      this.credentialPrompt = { message: error.message, retry };
      return;
    }
    toasts.error(messageOf(error));
  }

  async #landed(): Promise<void> {
    await this.refresh();
    await caseState.reload();
  }
}

export const syncState = new SyncState();
