import { describe, expect, it } from 'vitest';
import { indexOfTerm, prefixRange } from './sorted-terms';

const terms = ['embargo', 'embassies', 'embassy', 'ember', 'emblem', 'port', 'portal', 'zürich'];

describe('sorted terms', () => {
  it('finds a term, and not a term that is only a prefix of others', () => {
    expect(indexOfTerm(terms, 'embassy')).toBe(2);
    expect(indexOfTerm(terms, 'emba')).toBe(-1);
    expect(indexOfTerm(terms, 'zürich')).toBe(7);
  });

  it('gives the run of terms that begin with a prefix', () => {
    const range = (prefix: string) => {
      const { start, end } = prefixRange(terms, prefix);
      return terms.slice(start, end);
    };
    expect(range('embass')).toEqual(['embassies', 'embassy']);
    expect(range('port')).toEqual(['port', 'portal']);
    expect(range('emb')).toEqual(['embargo', 'embassies', 'embassy', 'ember', 'emblem']);
    expect(range('aa')).toEqual([]);
    expect(range('zz')).toEqual([]);
  });
});
