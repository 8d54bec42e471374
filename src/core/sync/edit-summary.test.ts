import { describe, expect, it } from 'vitest';
import type { CaseData } from '../../shared/model';
import { sampleClaim } from '../store/test-case';
import { itemChanges, summarize } from './edit-summary';

const base: CaseData = {
  workspace: { id: 'case_1', name: 'Embassy', schemaVersion: 4, analyst: 'Ana', methodology: '', createdAt: '2025-01-01T00:00:00.000Z' },
  articles: [], claims: [sampleClaim('clm_1'), sampleClaim('clm_2'), sampleClaim('clm_3')], appearances: [], sources: [], evidence: [], tags: [], layout: null,
};

describe('summarize', () => {
  it('names the edits in the analysts words', () => {
    const after: CaseData = {
      ...base,
      claims: [...base.claims.slice(0, 2).map((claim) => ({ ...claim, verdict: 'false' as const })), { ...base.claims[2]!, claimant: 'Minister' }],
      evidence: [1, 2].map((n) => ({ id: `evd_${n}`, claimId: 'clm_1', sourceId: 'src_1', relation: 'supports' as const, credibility: 2 as const, excerpt: '', passage: null, note: '', createdAt: '' })),
    };
    expect(summarize(itemChanges(base, after))).toBe('Rated 2 claims, edited 1 claim, linked 2 sources');
  });

  it('does not count the analyst working on a copy as a change to send', () => {
    expect(itemChanges(base, { ...base, workspace: { ...base.workspace, analyst: 'Ben' } })).toEqual([]);
  });
});
