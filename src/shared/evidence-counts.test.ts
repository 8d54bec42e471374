import { describe, expect, it } from 'vitest';
import { evidenceCountsByClaim, evidenceInWords } from './evidence-counts';

describe('evidence counts by claim', () => {
  it('counts each relation per claim, with zeros for what a claim lacks', () => {
    const countsOf = evidenceCountsByClaim([
      { claimId: 'clm_1', relation: 'supports' },
      { claimId: 'clm_1', relation: 'supports' },
      { claimId: 'clm_1', relation: 'origin' },
      { claimId: 'clm_2', relation: 'refutes' },
    ]);
    expect(countsOf('clm_1')).toEqual({ supports: 2, refutes: 0, context: 0, origin: 1 });
    expect(countsOf('clm_2')).toEqual({ supports: 0, refutes: 1, context: 0, origin: 0 });
    expect(countsOf('clm_3')).toEqual({ supports: 0, refutes: 0, context: 0, origin: 0 });
  });

  it('hands out copies, so a caller changing one changes nothing else', () => {
    const countsOf = evidenceCountsByClaim([{ claimId: 'clm_1', relation: 'context' }]);
    countsOf('clm_1').context = 9;
    countsOf('clm_3').supports = 9;
    expect(countsOf('clm_1').context).toBe(1);
    expect(countsOf('clm_3').supports).toBe(0);
  });
});

describe('evidence in words', () => {
  it('names each relation a claim has evidence for, in the scale’s order, and none it lacks', () => {
    expect(evidenceInWords({ supports: 0, refutes: 2, context: 1, origin: 0 }).map((item) => item.words)).toEqual(['2 refuting', '1 context']);
    expect(evidenceInWords({ supports: 0, refutes: 0, context: 0, origin: 0 })).toEqual([]);
  });
});
