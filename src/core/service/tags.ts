// Every tag used on a claim is in the case's tag list, with a colour of its own.

import type { CaseData } from '../../shared/model';
import type { Journal } from '../store';

/** Distinct, readable on white, and in a fixed order so a case looks the same everywhere. */
const PALETTE = ['#2f6fdb', '#8e44ad', '#16a085', '#d35400', '#c0392b', '#2c3e50', '#b7950b', '#1abc9c'];

export function ensureTags(draft: CaseData, journal: Journal, names: readonly string[]): void {
  for (const name of names) {
    if (draft.tags.some((tag) => tag.name === name)) continue;
    const tag = { name, color: PALETTE[draft.tags.length % PALETTE.length]! };
    draft.tags.push(tag);
    journal.created('tag', name, tag);
  }
}

/** Tags as the analyst typed them, each once, in the order first given. */
export function uniqueTags(names: readonly string[]): string[] {
  return [...new Set(names)];
}
