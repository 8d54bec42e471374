// The audit trail as the history view and the CLI read it.

import type { HistoryEntry, Id } from './model';

/** Whether an entry is about the claim: the claim itself, or one of its appearances or evidence links. */
export function concernsClaim(entry: HistoryEntry, claimId: Id): boolean {
  if (entry.entity === 'claim') return entry.entityId === claimId;
  if (entry.entity !== 'appearance' && entry.entity !== 'evidence') return false;
  return claimIdOf(entry.before) === claimId || claimIdOf(entry.after) === claimId;
}

function claimIdOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'claimId' in value ? value.claimId : undefined;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Kept by the app as each edit happens; a reader of the trail has its time already. */
const BOOKKEEPING = new Set(['updatedAt']);

/** For an update, the fields whose values differ; empty for a creation or a deletion. */
export function changedFields(entry: HistoryEntry): FieldChange[] {
  const { before, after } = entry;
  if (!isRecord(before) || !isRecord(after)) return [];
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => !BOOKKEEPING.has(field) && JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ field, before: before[field], after: after[field] }));
}

/** One line saying what an entry did: "verdict: unrated → false", or the created or deleted thing's name. */
export function describeChange(entry: HistoryEntry): string {
  if (entry.action === 'update') {
    return changedFields(entry)
      .map(({ field, before, after }) => `${field}: ${shown(before)} → ${shown(after)}`)
      .join('; ');
  }
  const value = entry.action === 'create' ? entry.after : entry.before;
  return isRecord(value) ? shown(nameOf(value)) : '';
}

/** What a created or deleted thing is called: a claim's statement, an appearance's words, a link's relation and excerpt. */
function nameOf(value: Record<string, unknown>): unknown {
  const quote = isRecord(value.selector) && isRecord(value.selector.quote) ? value.selector.quote.exact : undefined;
  if (typeof value.relation === 'string') return value.excerpt ? `${value.relation}: ${String(value.excerpt)}` : value.relation;
  return value.statement ?? value.title ?? value.name ?? quote ?? '';
}

const SHOWN_LENGTH = 80;

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  // A list of words, such as tags, reads as words: "embassy, protest", or "none".
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) {
    return value.length ? shown(value.join(', ')) : 'none';
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const line = text.replace(/\s+/g, ' ');
  return line.length > SHOWN_LENGTH ? `${line.slice(0, SHOWN_LENGTH - 1)}…` : line;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
