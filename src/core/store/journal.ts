import type { EntityKind, HistoryEntry, Id } from '../../shared/model';

/** A history entry before the store stamps it with the time and the analyst. */
export type Change = Omit<HistoryEntry, 'at' | 'actor'>;

/**
 * What one edit changed, for history.jsonl. Values are copied when recorded, so changes
 * made later in the same edit do not rewrite what was recorded.
 */
export class Journal {
  readonly changes: Change[] = [];

  /** With a position, the item is saved at that place in its list; else last. */
  created(entity: EntityKind, entityId: Id, after: unknown, position?: number): void {
    this.record({ action: 'create', entity, entityId, before: null, after, ...(position === undefined ? {} : { position }) });
  }

  /** Take `before` with structuredClone() before changing the entity in place. */
  updated(entity: EntityKind, entityId: Id, before: unknown, after: unknown): void {
    this.record({ action: 'update', entity, entityId, before, after });
  }

  deleted(entity: EntityKind, entityId: Id, before: unknown): void {
    this.record({ action: 'delete', entity, entityId, before, after: null });
  }

  private record(change: Change): void {
    this.changes.push(structuredClone(change));
  }
}
