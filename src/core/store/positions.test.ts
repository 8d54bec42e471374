import { describe, expect, it } from 'vitest';
import type { CaseData, Claim } from '../../shared/model';
import type { Change } from './journal';
import { copyOf, indexOfKey, keyOf } from './positions';
import { applyChanges } from './replay';
import { sampleClaim } from './test-case';

function savedCase(claims: Claim[]): CaseData {
  return {
    workspace: { id: 'ws_1', name: 'Embassy', schemaVersion: 2, analyst: '', methodology: '', createdAt: '2026-01-01T00:00:00Z' },
    articles: [],
    claims: Object.freeze(claims.map((claim) => Object.freeze(claim))) as Claim[],
    appearances: [],
    sources: [],
    evidence: [],
    tags: [],
    layout: null,
  };
}

/** As the store keeps what it saves: collections frozen. */
function saved(data: CaseData): CaseData {
  return { ...data, claims: Object.freeze(data.claims) as Claim[] };
}

const update = (claim: Claim, verdict: Claim['verdict']): Change => ({
  action: 'update',
  entity: 'claim',
  entityId: claim.id,
  before: claim,
  after: { ...claim, verdict },
});
const create = (id: string, position?: number): Change => ({
  action: 'create',
  entity: 'claim',
  entityId: id,
  before: null,
  after: sampleClaim(id),
  ...(position === undefined ? {} : { position }),
});
const remove = (claim: Claim): Change => ({ action: 'delete', entity: 'claim', entityId: claim.id, before: claim, after: null });

/** indexOfKey must answer as a scan would, for every key asked, present or not. */
function expectScanAnswers(items: readonly Claim[], keys: readonly string[]): void {
  for (const key of keys) expect(indexOfKey(items, key)).toBe(items.findIndex((item) => keyOf(item) === key));
}

describe('finding items by their place', () => {
  const claims = ['clm_1', 'clm_2', 'clm_3', 'clm_4'].map((id) => sampleClaim(id));
  const keys = ['clm_1', 'clm_2', 'clm_3', 'clm_4', 'clm_5', 'clm_6', 'clm_7', 'clm_9', 'nowhere'];

  it('finds what a scan finds through updates, additions at the end, insertions and deletions', () => {
    let data = savedCase(claims);
    const edits: Change[][] = [
      [update(data.claims[3]!, 'false')],
      [create('clm_5'), update(claims[0]!, 'true')],
      [create('clm_6', 1)],
      [remove(claims[1]!)],
      [create('clm_7')],
    ];
    for (const changes of edits) {
      data = saved(applyChanges(data, changes));
      expectScanAnswers(data.claims, keys);
    }
    expect(data.claims.map(keyOf)).toEqual(['clm_1', 'clm_6', 'clm_3', 'clm_4', 'clm_5', 'clm_7']);
  });

  it('is not misled by an edit that was computed and never saved', () => {
    const data = savedCase(claims);
    saved(applyChanges(data, [create('clm_5')]));
    const kept = saved(applyChanges(data, [create('clm_6')]));
    expectScanAnswers(kept.claims, keys);
    expectScanAnswers(data.claims, keys);
  });

  it('finds the items of a changeable copy, after the copy itself is changed', () => {
    const data = savedCase(claims);
    const copy = copyOf(data.claims);
    expectScanAnswers(copy, keys);
    copy.splice(1, 1);
    copy.push(sampleClaim('clm_5'));
    expectScanAnswers(copy, keys);
    copy.unshift(sampleClaim('clm_9'));
    expectScanAnswers(copy, keys);
  });

  it('answers as a scan would in a collection that holds a key twice', () => {
    const data = savedCase([...claims, sampleClaim('clm_2')]);
    expectScanAnswers(data.claims, keys);
    expectScanAnswers(saved(applyChanges(data, [update(claims[1]!, 'false')])).claims, keys);
  });
});
