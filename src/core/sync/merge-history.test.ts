import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../shared/model';
import { entriesAfter, mergeHistories } from './merge-history';

function entry(at: string, actor: string, entityId: string, seq?: number): HistoryEntry {
  return { at, actor, action: 'update', entity: 'claim', entityId, before: null, after: { id: entityId }, ...(seq === undefined ? {} : { seq, of: 1 }) };
}

describe('mergeHistories', () => {
  const shared = [entry('2025-01-01T00:00:00.000Z', 'Ana', 'clm_0')];
  const mine = [...shared, entry('2025-01-03T00:00:00.000Z', 'Ana', 'clm_1', 1)];
  const theirs = [...shared, entry('2025-01-02T00:00:00.000Z', 'Ben', 'clm_2', 1)];

  it('holds every entry of both sides once, in time order, each with its analyst', () => {
    const merged = mergeHistories(mine, theirs);
    expect(merged.map((item) => [item.actor, item.entityId])).toEqual([['Ana', 'clm_0'], ['Ben', 'clm_2'], ['Ana', 'clm_1']]);
  });

  it('numbers the edits again in their merged order, so the journal has no number twice', () => {
    expect(mergeHistories(mine, theirs).map((item) => item.seq)).toEqual([undefined, 1, 2]);
  });

  it('knows an entry again after a merge renumbered it', () => {
    const merged = mergeHistories(mine, theirs);
    expect(mergeHistories(merged, mine)).toEqual(merged);
    expect(entriesAfter(merged, theirs)).toEqual([]);
    expect(entriesAfter(shared, theirs)).toEqual([theirs[1]]);
  });
});
