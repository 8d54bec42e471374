import { describe, expect, it } from 'vitest';
import { RELIABILITIES } from './model';
import { RELIABILITY_SCALE, reliabilityShown } from './scales';

describe('a source reliability as shown', () => {
  it('reads "To be graded", with no letter, while nobody has graded the source', () => {
    const shown = reliabilityShown('F');
    expect(shown.grade).toBeNull();
    expect(shown.label).toBe('To be graded');
    expect(shown.definition).not.toBe(RELIABILITY_SCALE.F.definition);
  });

  it('gives a graded source its letter and its Admiralty label', () => {
    for (const grade of RELIABILITIES.filter((value) => value !== 'F')) {
      expect(reliabilityShown(grade)).toEqual({ grade, ...RELIABILITY_SCALE[grade] });
    }
  });
});
