// The history of a merged case: every entry of both sides, once, in time order, each
// with the analyst who made it. history.jsonl is also the store's journal, so the edits
// are numbered again, in the order they now stand.

import type { HistoryEntry } from '../../shared/model';

export function mergeHistories(mine: readonly HistoryEntry[], theirs: readonly HistoryEntry[]): HistoryEntry[] {
  const seen = new Set<string>();
  const union: HistoryEntry[] = [];
  for (const entry of [...mine, ...theirs]) {
    const identity = identityOf(entry);
    if (seen.has(identity)) continue;
    seen.add(identity);
    union.push(entry);
  }
  // Stable: the entries of one edit share its time and keep their order.
  return renumber(union.toSorted((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)));
}

/** The entries the second list has and the first has not. */
export function entriesAfter(known: readonly HistoryEntry[], all: readonly HistoryEntry[]): HistoryEntry[] {
  const seen = new Set(known.map(identityOf));
  return all.filter((entry) => !seen.has(identityOf(entry)));
}

/**
 * An entry is what it says happened, when and by whom; not its edit's number, which a
 * merge on either side may have changed.
 */
function identityOf(entry: HistoryEntry): string {
  const { seq: _seq, of: _of, ...rest } = entry;
  return stableJson(rest);
}

/** Edits numbered 1, 2, … in their new order; entries outside any edit stay so. */
function renumber(entries: readonly HistoryEntry[]): HistoryEntry[] {
  const numbers = new Map<string, number>();
  return entries.map((entry) => {
    if (entry.seq === undefined) return entry;
    const edit = `${entry.seq}|${entry.at}|${entry.actor}`;
    let seq = numbers.get(edit);
    if (seq === undefined) {
      seq = numbers.size + 1;
      numbers.set(edit, seq);
    }
    return { ...entry, seq };
  });
}

function stableJson(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((key) => record[key] !== undefined).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${stableJson(record[key])}`).join(',')}}`;
}
