// Test helper: a case whose collections count how many of their items are read, so a
// test can tell linear code from code that scans a whole collection per item, without
// timing anything.

import type { CaseData } from '../shared/model';

export interface CountedCase {
  data: Readonly<CaseData>;
  /** Items read from the collections so far. */
  reads(): number;
}

export function countingReads(data: Readonly<CaseData>): CountedCase {
  let reads = 0;
  const counted = <T extends object>(items: T): T =>
    new Proxy(items, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  const wrapped = Object.fromEntries(
    Object.entries(data).map(([key, value]) => [key, Array.isArray(value) ? counted(value) : value]),
  ) as unknown as CaseData;
  return { data: Object.freeze(wrapped), reads: () => reads };
}

/** Items in all the collections of a case: what one pass over it reads. */
export function caseItems(data: Readonly<CaseData>): number {
  return Object.values(data).reduce<number>((sum, value) => sum + (Array.isArray(value) ? value.length : 0), 0);
}
