import { describe, expect, it } from 'vitest';
import type { Appearance, AnchorStatus } from './model';
import { orphansReplacedBy } from './orphan-replacement';

const appearance = (id: string, claimId: string, articleId: string, status: AnchorStatus) =>
  ({ id, claimId, articleId, status }) as Appearance;

describe('orphansReplacedBy', () => {
  const all = [
    appearance('a1', 'c1', 'v2', 'orphaned'),
    appearance('a2', 'c1', 'v2', 'fuzzy'),
    appearance('a3', 'c1', 'v1', 'orphaned'),
    appearance('a4', 'c2', 'v2', 'orphaned'),
  ];

  it('replaces the claim’s orphans in the article marked again, and nothing else', () => {
    expect(orphansReplacedBy(all, 'c1', 'v2')).toEqual(['a1']);
  });

  it('replaces nothing where the claim has no orphan', () => {
    expect(orphansReplacedBy(all, 'c2', 'v1')).toEqual([]);
  });
});
