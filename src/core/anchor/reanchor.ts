// Carrying selectors from one version of an article into the next: each is resolved
// in the new text and, where it was found, re-recorded from the new text, so that its
// quote and context are the words the new version actually has there.

import type { AnchorStatus, Selector } from '../../shared/model';
import { selectorFor } from '../../shared/selector';
import { resolveSelector } from './resolve';

export interface Reanchored {
  /** In the new text; an orphan keeps its old selector, so its words are not lost. */
  selector: Selector;
  status: AnchorStatus;
}

/** One result per selector, in order. Pure and synchronous: callers run it off the main thread. */
export function reanchorSelectors(text: string, selectors: readonly Selector[]): Reanchored[] {
  return selectors.map((selector) => {
    const { position, status } = resolveSelector(text, selector);
    if (status === 'orphaned') return { selector, status };
    return { selector: selectorFor(text, position.start, position.end), status };
  });
}
