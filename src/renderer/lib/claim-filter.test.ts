import { describe, expect, it } from 'vitest';
import type { Appearance, Claim } from '../../shared/model';
import { claimantsOf, filterClaims, isFiltering, NO_FILTER } from './claim-filter';

function claim(id: string, fields: Partial<Claim>): Claim {
  return {
    id,
    statement: id,
    claimant: '',
    type: 'factual',
    tags: [],
    verdict: 'unrated',
    confidence: null,
    rationale: '',
    createdAt: '2026-03-03T10:00:00Z',
    updatedAt: '2026-03-03T10:00:00Z',
    ...fields,
  };
}

const appearance = (claimId: string, articleId: string) => ({ claimId, articleId }) as Appearance;

const claims = [
  claim('crowd', { verdict: 'false', tags: ['crowd-size'], claimant: 'Elena Marsh', type: 'statistic' }),
  claim('arrests', { verdict: 'misleading', tags: ['arrests', 'police'], claimant: 'Elena Marsh ', type: 'statistic' }),
  claim('plot', { verdict: 'unproven', tags: ['embassy'], claimant: 'Kestrian ministry', type: 'attribution' }),
];
const appearances = new Map([
  ['crowd', [appearance('crowd', 'wire')]],
  ['arrests', [appearance('arrests', 'wire'), appearance('arrests', 'police')]],
  ['plot', [appearance('plot', 'harbour')]],
]);
const ids = (list: Claim[]) => list.map((c) => c.id);

describe('filtering the claims list', () => {
  it('lets every claim through without criteria', () => {
    expect(ids(filterClaims(claims, NO_FILTER, appearances))).toEqual(['crowd', 'arrests', 'plot']);
    expect(isFiltering(NO_FILTER)).toBe(false);
  });

  it('filters by each criterion', () => {
    const by = (filter: Partial<typeof NO_FILTER>) => ids(filterClaims(claims, { ...NO_FILTER, ...filter }, appearances));
    expect(by({ verdict: 'false' })).toEqual(['crowd']);
    expect(by({ tag: 'police' })).toEqual(['arrests']);
    expect(by({ claimant: 'Elena Marsh' })).toEqual(['crowd', 'arrests']);
    expect(by({ type: 'attribution' })).toEqual(['plot']);
    expect(by({ articleId: 'police' })).toEqual(['arrests']);
  });

  it('requires every criterion that is set', () => {
    const filter = { ...NO_FILTER, claimant: 'Elena Marsh', articleId: 'wire', verdict: 'misleading' as const };
    expect(isFiltering(filter)).toBe(true);
    expect(ids(filterClaims(claims, filter, appearances))).toEqual(['arrests']);
  });

  it('offers each claimant once, trimmed and sorted', () => {
    expect(claimantsOf([...claims, claim('x', {})])).toEqual(['Elena Marsh', 'Kestrian ministry']);
  });
});
