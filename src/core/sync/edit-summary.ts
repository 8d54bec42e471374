// What a commit did, in the analysts' words, so that `git log` on the server reads as an
// audit trail: "Rated 3 claims, linked 2 sources".

import type { CaseData, EntityKind } from '../../shared/model';
import { diffCase } from '../store/case-diff';
import type { Change } from '../store/journal';

/** The changes to items between two states of a case; who works on each copy is not one. */
export function itemChanges(before: Readonly<CaseData>, after: Readonly<CaseData>): Change[] {
  return diffCase(before, after).filter((change) => change.entity !== 'workspace' || !onlyAnalystDiffers(change));
}

export function summarize(changes: readonly Change[]): string {
  const counts = new Map<string, number>();
  for (const change of changes) {
    const phrase = phraseOf(change);
    if (phrase) counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
  }
  const parts = [...counts].map(([phrase, count]) => phrase.replace('{n}', String(count)).replace('{s}', count === 1 ? '' : 's'));
  const sentence = parts.join(', ') || 'Synced the case';
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

const NOUNS: Record<EntityKind, string> = {
  workspace: 'case',
  article: 'article',
  claim: 'claim',
  appearance: 'appearance',
  source: 'source',
  evidence: 'evidence link',
  tag: 'tag',
};

function phraseOf(change: Change): string | null {
  const noun = `${NOUNS[change.entity]}{s}`;
  if (change.entity === 'workspace') return 'edited the case settings';
  if (change.action === 'create') {
    if (change.entity === 'article') return `imported {n} ${noun}`;
    if (change.entity === 'claim') return `tagged {n} ${noun}`;
    if (change.entity === 'evidence') return 'linked {n} source{s}';
    if (change.entity === 'appearance') return null;
    return `added {n} ${noun}`;
  }
  if (change.action === 'delete') return change.entity === 'evidence' ? 'unlinked {n} source{s}' : `deleted {n} ${noun}`;
  if (change.entity === 'claim' && changedField(change, 'verdict')) return 'rated {n} claim{s}';
  return `edited {n} ${noun}`;
}

function changedField(change: Change, field: string): boolean {
  const before = change.before as Record<string, unknown> | null;
  const after = change.after as Record<string, unknown> | null;
  return before?.[field] !== after?.[field];
}

function onlyAnalystDiffers(change: Change): boolean {
  const { analyst: _a, ...before } = change.before as Record<string, unknown>;
  const { analyst: _b, ...after } = change.after as Record<string, unknown>;
  return JSON.stringify(before) === JSON.stringify(after);
}
