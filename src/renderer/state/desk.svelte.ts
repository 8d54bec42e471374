// Which case is open, the recent ones, and the switch to another. A switch loads the
// page again: every other piece of state belongs to the case being left.

import type { DeskState } from '../../shared/api';
import { api } from '../lib/api';
import { messageOf } from './toasts.svelte';

export type CaseDialogKind = 'open' | 'new';

/** The analyst's answer is asked once per case and page load; "Later" is an answer too. */
const ANALYST_ASKED_KEY = 'claimdesk-analyst-asked';

class Desk {
  state = $state.raw<DeskState | null>(null);
  loadError = $state<string | null>(null);
  /** The path dialog (the browser's stand-in for a folder dialog), while open. */
  dialog = $state<CaseDialogKind | null>(null);
  /** Asking the analyst's name: the case names none. */
  askAnalyst = $state(false);

  get open(): DeskState['open'] {
    return this.state?.open ?? null;
  }

  async load(): Promise<DeskState | null> {
    try {
      this.state = await api.getDesk({});
      this.loadError = null;
    } catch (error) {
      this.loadError = messageOf(error);
    }
    return this.state;
  }

  /** The app asks with its folder dialog; a browser asks for the path in ours. */
  choose(kind: CaseDialogKind): void {
    if (this.state?.folderDialog) void this.switch(() => (kind === 'open' ? api.openCase({}) : api.newCase({})));
    else this.dialog = kind;
  }

  openCase(dir: string): Promise<void> {
    return this.switch(() => api.openCase({ dir }));
  }

  newCase(dir: string, name: string | undefined): Promise<void> {
    return this.switch(() => api.newCase(name ? { dir, name } : { dir }));
  }

  closeCase(): Promise<void> {
    return this.switch(() => api.closeCase({}));
  }

  /** Runs the change; rejects with the reason when the case could not be opened (the one open stays). */
  async switch(change: () => Promise<DeskState>): Promise<void> {
    const before = this.open?.dir ?? null;
    const after = await change();
    this.state = after;
    if ((after.open?.dir ?? null) !== before) window.location.reload();
  }

  /** Asks the analyst's name when the case names none: once per case per session. */
  askAnalystIfNone(analyst: string): void {
    const dir = this.open?.dir;
    this.askAnalyst = dir !== undefined && !analyst.trim() && sessionStorage.getItem(ANALYST_ASKED_KEY) !== dir;
  }

  analystAsked(): void {
    if (this.open) sessionStorage.setItem(ANALYST_ASKED_KEY, this.open.dir);
  }
}

export const desk = new Desk();
