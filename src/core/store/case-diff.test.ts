import { describe, expect, it } from 'vitest';
import type { CaseData } from '../../shared/model';
import { diffCase } from './case-diff';
import { applyChanges } from './replay';
import { sampleClaim } from './test-case';

function caseWith(change: (data: CaseData) => void = () => {}): CaseData {
  const data: CaseData = {
    workspace: { id: 'ws_1', name: 'Embassy', schemaVersion: 2, analyst: '', methodology: '', createdAt: '2026-01-01T00:00:00Z' },
    articles: [],
    claims: [sampleClaim('clm_1'), sampleClaim('clm_2')],
    appearances: [],
    sources: [],
    evidence: [],
    tags: [{ name: 'embassy', color: '#336699' }],
    layout: null,
  };
  change(data);
  return data;
}

describe('diffCase', () => {
  it('finds nothing between equal cases, whatever their layouts', () => {
    const layout = { panes: [{ tabs: [], active: null, scroll: {}, size: 1 }] };
    expect(diffCase(caseWith(), caseWith((data) => (data.layout = layout)))).toEqual([]);
  });

  it('lists created, updated and deleted entities with their values', () => {
    const before = caseWith();
    const after = caseWith((data) => {
      data.claims[0]!.verdict = 'false';
      data.claims.splice(1, 1, sampleClaim('clm_3'));
      data.tags[0]!.color = '#aa0000';
      data.workspace.analyst = 'Dana Ruiz';
    });
    expect(diffCase(before, after)).toEqual([
      { action: 'update', entity: 'workspace', entityId: 'ws_1', before: before.workspace, after: after.workspace },
      { action: 'update', entity: 'claim', entityId: 'clm_1', before: before.claims[0], after: after.claims[0] },
      { action: 'delete', entity: 'claim', entityId: 'clm_2', before: before.claims[1], after: null },
      { action: 'create', entity: 'claim', entityId: 'clm_3', before: null, after: after.claims[1], position: 1 },
      { action: 'update', entity: 'tag', entityId: 'embassy', before: before.tags[0], after: after.tags[0] },
    ]);
  });

  it('places each item it creates where the later case has it, so replaying the changes rebuilds that case', () => {
    const before = caseWith();
    const after = caseWith((data) => data.claims.unshift(sampleClaim('clm_0')));
    expect(applyChanges(before, diffCase(before, after))).toEqual(after);
  });

  it('compares an edit that left every item in its place by the items it replaced, undo and redo alike', () => {
    const before = caseWith();
    const changed = { ...before.claims[1]!, verdict: 'false' as const };
    const after: CaseData = { ...before, claims: [before.claims[0]!, changed, sampleClaim('clm_3')] };
    expect(diffCase(before, after)).toEqual([
      { action: 'update', entity: 'claim', entityId: 'clm_2', before: before.claims[1], after: changed },
      { action: 'create', entity: 'claim', entityId: 'clm_3', before: null, after: after.claims[2], position: 2 },
    ]);
    expect(diffCase(after, before)).toEqual([
      { action: 'update', entity: 'claim', entityId: 'clm_2', before: changed, after: before.claims[1] },
      { action: 'delete', entity: 'claim', entityId: 'clm_3', before: after.claims[2], after: null },
    ]);
    expect(applyChanges(after, diffCase(after, before))).toEqual(before);
  });

  it('works out by key an edit that moved items', () => {
    const before = caseWith();
    const changed = { ...before.claims[1]!, verdict: 'false' as const };
    const after: CaseData = { ...before, claims: [changed, before.claims[0]!] };
    expect(diffCase(before, after)).toEqual([{ action: 'update', entity: 'claim', entityId: 'clm_2', before: before.claims[1], after: changed }]);
  });
});
