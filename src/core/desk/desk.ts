// The desk: which case a long-running process (the app, the browser host) has open,
// and the switch to another. Switching lets go of the case being left (its lock, so
// another process may take it) only once the next one is open: a case that cannot be
// opened leaves the analyst where they were.

import { basename, resolve } from 'node:path';
import type { ApiHandlers, DeskState, Method } from '../../shared/api';
import { METHOD_NAMES } from '../../shared/methods';
import { ClaimdeskError } from '../../shared/rpc';
import { cloneShared, createCase, openCaseService, type CaseService, type ServiceOptions } from '../service';
import { RecentCases } from './recent-cases';

/** The methods that choose the case; every other one works on the open case. */
export const DESK_METHODS = ['getDesk', 'openCase', 'newCase', 'closeCase', 'cloneSharedCase'] as const satisfies readonly Method[];
type DeskMethod = (typeof DESK_METHODS)[number];

export interface DeskOptions {
  service: ServiceOptions;
  /** The user's config folder, where the recent cases are kept. */
  configDir: string;
  /** A native folder dialog (the app's); a browser has none and names folders by path. */
  pickFolder?: (purpose: 'open' | 'new') => Promise<string | null>;
  /** After a case opens: the app publishes its command-line endpoint there. */
  opened?: (service: CaseService) => Promise<void>;
  /** Before a case is let go. */
  closing?: (service: CaseService) => Promise<void>;
  /** After every switch: the app's menu lists the recent cases. */
  changed?: (state: DeskState) => void;
}

export class Desk {
  #open: { dir: string; service: CaseService } | null = null;
  readonly #recent: RecentCases;
  readonly handlers: ApiHandlers;

  constructor(private readonly options: DeskOptions) {
    this.#recent = new RecentCases(options.configDir);
    this.handlers = { ...this.#caseHandlers(), ...this.#deskHandlers() };
  }

  get service(): CaseService | null {
    return this.#open?.service ?? null;
  }

  async state(): Promise<DeskState> {
    const open = this.#open ? { dir: this.#open.dir, name: this.#open.service.store.data.workspace.name } : null;
    return { open, recent: await this.#recent.list(), folderDialog: this.options.pickFolder !== undefined, canSwitch: true };
  }

  /** Opens the case in `dir`; the same case again is a no-op. */
  async open(dir: string): Promise<DeskState> {
    const target = resolve(dir);
    if (this.#open?.dir !== target) {
      const service = await openCaseService(target, this.options.service);
      try {
        await this.options.opened?.(service);
      } catch (error) {
        await service.close();
        throw error;
      }
      await this.close();
      this.#open = { dir: target, service };
    }
    return this.#switched();
  }

  /** Creates a case in `dir` (refused where one already is) and opens it. */
  async create(dir: string, name?: string): Promise<DeskState> {
    const target = resolve(dir);
    if (this.#open?.dir === target) {
      throw new ClaimdeskError('invalid-input', `${target} holds the case open now. Choose another folder; nothing was changed.`);
    }
    const { app } = this.options.service;
    await createCase(target, { name: name ?? (basename(target) || 'New case'), ...(app === undefined ? {} : { app }) });
    return this.open(target);
  }

  /** Lets go of the open case: its snapshot written, its lock given back. */
  async close(): Promise<void> {
    const open = this.#open;
    if (!open) return;
    this.#open = null;
    await this.options.closing?.(open.service);
    await open.service.close();
  }

  async #switched(): Promise<DeskState> {
    if (this.#open) {
      const { dir, service } = this.#open;
      await this.#recent.remember({ dir, name: service.store.data.workspace.name, openedAt: new Date().toISOString() });
    }
    const state = await this.state();
    this.options.changed?.(state);
    return state;
  }

  async #chosen(purpose: 'open' | 'new', dir: string | undefined): Promise<string | null> {
    if (dir !== undefined) return dir;
    if (!this.options.pickFolder) throw new ClaimdeskError('invalid-input', 'Name the case folder by its path: this window has no folder dialog.');
    return this.options.pickFolder(purpose);
  }

  #deskHandlers(): Pick<ApiHandlers, DeskMethod> {
    return {
      getDesk: () => this.state(),
      openCase: async ({ dir }) => {
        const chosen = await this.#chosen('open', dir);
        return chosen === null ? this.state() : this.open(chosen);
      },
      newCase: async ({ dir, name }) => {
        const chosen = await this.#chosen('new', dir);
        return chosen === null ? this.state() : this.create(chosen, name);
      },
      closeCase: async () => {
        await this.close();
        return this.#switched();
      },
      cloneSharedCase: async (params) => this.open(await cloneShared(this.options.service.credentials ?? null, params)),
    };
  }

  /** Each case method, passed to the case open when it is called. */
  #caseHandlers(): ApiHandlers {
    const entries = METHOD_NAMES.map((method) => [
      method,
      (params: unknown) => {
        const service = this.service;
        if (!service) throw new ClaimdeskError('not-found', 'No case is open: open a case or create one.');
        return (service.handlers[method] as (params: unknown) => Promise<unknown>)(params);
      },
    ]);
    return Object.fromEntries(entries) as ApiHandlers;
  }
}
