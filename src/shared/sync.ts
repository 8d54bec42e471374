// A case shared through git: what a sync did, the conflicts it left, and where the case
// stands against its remote. Shared by the service, the CLI and the renderer.

import type { EntityKind, Id, IsoDate } from './model';

/**
 * One disagreement a merge could not settle: the same field changed differently on both
 * sides, or an item deleted on one side and edited on the other. Until it is resolved
 * the case shows `mine`.
 */
export interface Conflict {
  /** Stable for one entity and field: the same disagreement met again replaces it. */
  id: string;
  entity: EntityKind;
  entityId: Id;
  /** The field both sides changed; null when one side deleted the item (its value is then null). */
  field: string | null;
  mine: unknown;
  theirs: unknown;
  myAnalyst: string;
  theirAnalyst: string;
  /** When each side last changed the item, from its history; null when the history does not say. */
  myAt: IsoDate | null;
  theirAt: IsoDate | null;
}

export interface SyncResult {
  /** Changes to items this sync sent to the remote. */
  sent: number;
  /** Changes to items this sync brought from the remote. */
  received: number;
  /** Every conflict still unresolved after this sync. */
  conflicts: Conflict[];
}

export type SyncState = 'not-shared' | 'up-to-date' | 'changes-to-send' | 'conflicts' | 'offline';

/** What the toolbar's Sync button shows. */
export interface SyncStatus {
  state: SyncState;
  remote: string | null;
  /** Changes to items made since the last sync. */
  toSend: number;
  conflicts: number;
  /** Why the last sync failed, when it did. */
  lastError: string | null;
}

/** Settling a conflict: keep mine, take theirs, or write the value by hand (see conflict-fields.ts). */
export const SIDES = ['mine', 'theirs'] as const;
export const TAKE = [...SIDES, 'edit'] as const;
export type Take = (typeof TAKE)[number];
