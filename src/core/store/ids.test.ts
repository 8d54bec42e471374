import { describe, expect, it } from 'vitest';
import { assertSafeId, assertSha256, newId } from './ids';

describe('newId', () => {
  it('makes short readable ids with an optional prefix', () => {
    expect(newId('clm')).toMatch(/^clm_[0-9a-z]{12}$/);
    expect(newId()).toMatch(/^[0-9a-z]{12}$/);
  });

  it('does not repeat itself', () => {
    const ids = new Set(Array.from({ length: 2_000 }, () => newId('x')));
    expect(ids.size).toBe(2_000);
  });

  it('makes ids that are safe as file names', () => {
    expect(() => assertSafeId(newId('art'), 'article id')).not.toThrow();
  });
});

describe('assertSafeId', () => {
  it.each(['../claimdesk', '..', '.', 'a/b', 'a\\b', 'x.json', '', 'a b', 'C:evil', 'x'.repeat(101), 'é'])(
    'refuses %j',
    (id) => {
      expect(() => assertSafeId(id, 'article id')).toThrow(expect.objectContaining({ code: 'invalid-input' }));
    },
  );

  it('accepts letters, digits, "_" and "-"', () => {
    expect(() => assertSafeId('art_AZ09-xy', 'article id')).not.toThrow();
  });
});

describe('assertSha256', () => {
  it('accepts 64 lowercase hex digits only', () => {
    expect(() => assertSha256('a'.repeat(64))).not.toThrow();
    for (const bad of ['A'.repeat(64), 'a'.repeat(63), `../${'a'.repeat(61)}`]) {
      expect(() => assertSha256(bad)).toThrow(expect.objectContaining({ code: 'invalid-input' }));
    }
  });
});
