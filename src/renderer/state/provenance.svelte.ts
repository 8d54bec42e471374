// Where words came from: the carriers of the claim in the inspector, and of words
// selected in a pane ("Find in other articles"). Answers for a claim or a selection the
// analyst has since left are dropped, never shown under the wrong words.

import type { Id, Passage } from '../../shared/model';
import type { Carrier, Carriers } from '../../shared/provenance';
import { api } from '../lib/api';
import { caseState } from './case.svelte';
import { messageOf, toasts } from './toasts.svelte';

export interface Lookup {
  result: Carriers | null;
  error: string | null;
}

class ProvenanceState {
  /** The carriers of the claim `claimId`. */
  claim = $state.raw<(Lookup & { claimId: Id }) | null>(null);
  /** The carriers of words selected in a pane, shown in a dialog while set. */
  passage = $state.raw<(Lookup & { passage: Passage }) | null>(null);

  async loadClaim(claimId: Id): Promise<void> {
    if (this.claim?.claimId !== claimId) this.claim = { claimId, result: null, error: null };
    try {
      const result = await api.findCarriers({ claimId });
      if (this.claim?.claimId === claimId) this.claim = { claimId, result, error: null };
    } catch (error) {
      if (this.claim?.claimId === claimId) this.claim = { claimId, result: null, error: messageOf(error) };
    }
  }

  /** The articles carrying the words selected in a pane. */
  async findSelection(): Promise<void> {
    const passage = caseState.selectedPassage();
    if (!passage) return;
    this.passage = { passage, result: null, error: null };
    try {
      const result = await api.findCarriers({ passage });
      if (this.passage?.passage === passage) this.passage = { passage, result, error: null };
    } catch (error) {
      if (this.passage?.passage === passage) this.passage = { passage, result: null, error: messageOf(error) };
    }
  }

  /** Marks the claim where this carrier has its words: one more appearance, in one click. */
  async mark(claimId: Id, carrier: Carrier): Promise<void> {
    const added = await caseState.addAppearance(claimId, { articleId: carrier.articleId, selector: carrier.selector });
    if (added) await this.loadClaim(claimId);
  }

  /** Marks the claim in every carrier that has its words exactly and is not marked yet. */
  async markAllExact(claimId: Id): Promise<void> {
    const unmarked = (this.claim?.result?.carriers ?? []).filter((carrier) => carrier.match === 'exact' && carrier.appearanceId === null);
    let marked = 0;
    for (const carrier of unmarked) {
      if (await caseState.addAppearance(claimId, { articleId: carrier.articleId, selector: carrier.selector })) marked++;
    }
    if (marked > 0) toasts.success(`Marked in ${marked} more ${marked === 1 ? 'article' : 'articles'}.`);
    await this.loadClaim(claimId);
  }
}

export const provenance = new ProvenanceState();
