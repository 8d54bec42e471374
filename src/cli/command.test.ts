import { describe, expect, it } from 'vitest';
import { RELIABILITIES, VERDICTS } from '../shared/model';
import { optionalChoice, requireChoice, UsageError, type Parsed } from './command';

const args = (values: Parsed['values']): Parsed => ({ positionals: [], values });

describe('choice options', () => {
  it('accepts any letter case and returns the canonical value', () => {
    expect(optionalChoice(args({ reliability: 'b' }), 'reliability', RELIABILITIES)).toBe('B');
    expect(optionalChoice(args({ verdict: 'Mostly-True' }), 'verdict', VERDICTS)).toBe('mostly-true');
  });

  it('returns numbers for numeric scales', () => {
    expect(optionalChoice(args({ credibility: '2' }), 'credibility', [1, 2, 3, 4, 5, 6] as const)).toBe(2);
  });

  it('names the option and the allowed values when the value is not one of them', () => {
    const attempt = () => optionalChoice(args({ verdict: 'pants-on-fire' }), 'verdict', VERDICTS);
    expect(attempt).toThrow(UsageError);
    expect(attempt).toThrow(/--verdict must be one of unrated, true, .*; got "pants-on-fire"/);
  });

  it('is absent when not given, and required when asked to be', () => {
    expect(optionalChoice(args({}), 'verdict', VERDICTS)).toBeUndefined();
    expect(() => requireChoice(args({}), 'format', ['markdown', 'html'])).toThrow(/--format is required/);
  });
});
