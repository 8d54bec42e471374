import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type CaseData } from '../../shared/model';
import { draftOf, reviseByKey } from './case-draft';
import { sampleClaim } from './test-case';

function savedCase(): Readonly<CaseData> {
  // Frozen as the store freezes a saved case.
  const claims = Object.freeze(['clm_1', 'clm_2', 'clm_3'].map((id) => Object.freeze(sampleClaim(id))));
  const data: CaseData = {
    workspace: { id: 'case_1', name: 'Embassy', schemaVersion: SCHEMA_VERSION, analyst: 'Dana Ruiz', methodology: '', createdAt: '2025-01-01T00:00:00.000Z' },
    articles: [],
    claims: claims as CaseData['claims'],
    appearances: [],
    sources: [],
    evidence: [],
    tags: [],
    layout: null,
  };
  for (const value of Object.values(data)) Object.freeze(value);
  return Object.freeze(data);
}

describe('revising an item of a draft by its key', () => {
  it('gives a changeable copy the draft shows in its place, and leaves the saved case as it was', () => {
    const saved = savedCase();
    const draft = draftOf(saved);
    const claim = reviseByKey(draft, 'claims', 'clm_2')!;
    claim.rationale = 'Checked against the embassy’s statement.';
    expect(saved.claims[1]!.rationale).toBe('');
    expect(draft.claims.map((item) => item.rationale)).toEqual(['', 'Checked against the embassy’s statement.', '']);
    expect(draft.claims[1]).toBe(claim);
  });

  it('gives the same copy when asked twice, before and after the collection is read', () => {
    const draft = draftOf(savedCase());
    const claim = reviseByKey(draft, 'claims', 'clm_3')!;
    expect(reviseByKey(draft, 'claims', 'clm_3')).toBe(claim);
    expect(draft.claims[2]).toBe(claim);
    expect(reviseByKey(draft, 'claims', 'clm_3')).toBe(claim);
  });

  it('revises in the collection an edit has already changed', () => {
    const draft = draftOf(savedCase());
    draft.claims.push(sampleClaim('clm_4'));
    const added = reviseByKey(draft, 'claims', 'clm_4')!;
    expect(added).toBe(draft.claims[3]);
    const first = reviseByKey(draft, 'claims', 'clm_1')!;
    first.statement = 'Changed';
    expect(draft.claims[0]!.statement).toBe('Changed');
  });

  it('answers null for a key the draft does not hold', () => {
    const draft = draftOf(savedCase());
    expect(reviseByKey(draft, 'claims', 'clm_9')).toBeNull();
    draft.claims = draft.claims.filter((claim) => claim.id !== 'clm_1');
    expect(reviseByKey(draft, 'claims', 'clm_1')).toBeNull();
  });
});
