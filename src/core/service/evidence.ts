// Evidence: a source linked to a claim, with how it bears on it and how credible it is.

import type { Params } from '../../shared/api';
import type { Evidence } from '../../shared/model';
import { newId } from '../store';
import { findOrFail, removeWhere } from './collections';
import type { ServiceContext } from './context';
import { applyPatch } from './patch';

/** Unjudged until the analyst grades it: 6 is "cannot be judged" on the Admiralty scale. */
const DEFAULT_CREDIBILITY = 6;

export function linkEvidence(ctx: ServiceContext, params: Params<'linkEvidence'>): Promise<Evidence> {
  return ctx.store.edit((draft, journal) => {
    findOrFail(draft, 'claims', params.claimId);
    findOrFail(draft, 'sources', params.sourceId);
    const evidence: Evidence = {
      id: newId('evd'),
      claimId: params.claimId,
      sourceId: params.sourceId,
      relation: params.relation ?? 'context',
      credibility: params.credibility ?? DEFAULT_CREDIBILITY,
      excerpt: params.excerpt ?? '',
      note: params.note ?? '',
      createdAt: ctx.now(),
    };
    draft.evidence.push(evidence);
    journal.created('evidence', evidence.id, evidence);
    return evidence;
  });
}

export function updateEvidence(ctx: ServiceContext, { id, patch }: Params<'updateEvidence'>): Promise<Evidence> {
  return ctx.store.edit((draft, journal) => {
    const evidence = findOrFail(draft, 'evidence', id);
    const before = structuredClone(evidence);
    applyPatch(evidence, patch);
    journal.updated('evidence', id, before, evidence);
    return evidence;
  });
}

export function unlinkEvidence(ctx: ServiceContext, { id }: Params<'unlinkEvidence'>): Promise<void> {
  return ctx.store.edit((draft, journal) => {
    findOrFail(draft, 'evidence', id);
    removeWhere(draft, 'evidence', (evidence) => evidence.id === id, journal);
  });
}
