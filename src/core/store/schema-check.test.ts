import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CaseData } from '../../shared/model';
import { caseShapeProblem } from './case-shape';
import { conforms } from './schema-check';
import { sampleClaim } from './test-case';

const schema = z.object({
  id: z.string().min(1),
  count: z.int().min(0),
  share: z.number().min(0).max(1),
  verdict: z.enum(['true', 'false']).nullable(),
  credibility: z.literal([1, 2, 3]),
  tags: z.array(z.string()),
  scroll: z.record(z.string(), z.number()),
  page: z.int().optional(),
  nested: z.object({ start: z.int().min(0) }),
  email: z.email(),
});

const valid = { id: 'a', count: 0, share: 1, verdict: null, credibility: 2, tags: ['x'], scroll: { a: 1 }, nested: { start: 3 }, email: 'a@b.org' };

const variants: Array<[string, unknown]> = [
  ['valid', valid],
  ['an extra field', { ...valid, later: true }],
  ['an empty id', { ...valid, id: '' }],
  ['a missing field', { ...valid, count: undefined }],
  ['a fraction where a whole number goes', { ...valid, count: 1.5 }],
  ['a negative count', { ...valid, count: -1 }],
  ['a share above its bound', { ...valid, share: 1.01 }],
  ['not a number', { ...valid, share: Number.NaN }],
  ['an infinite number', { ...valid, share: Number.POSITIVE_INFINITY }],
  ['an unknown option', { ...valid, verdict: 'maybe' }],
  ['a literal not listed', { ...valid, credibility: 4 }],
  ['a number as text', { ...valid, credibility: '2' }],
  ['an array item of the wrong kind', { ...valid, tags: ['x', 3] }],
  ['an object where an array goes', { ...valid, tags: { 0: 'x' } }],
  ['a record value of the wrong kind', { ...valid, scroll: { a: 'far' } }],
  ['an array where a record goes', { ...valid, scroll: [1] }],
  ['an optional field set', { ...valid, page: 2 }],
  ['an optional field of the wrong kind', { ...valid, page: 'two' }],
  ['a nested problem', { ...valid, nested: { start: -1 } }],
  ['null for the whole', null],
  ['an array for the whole', [valid]],
  ['a check this does not know, passed', { ...valid, email: 'someone@example.org' }],
  ['a check this does not know, failed', { ...valid, email: 'nobody' }],
];

describe('conforms', () => {
  it.each(variants)('answers as zod does for %s', (_name, value) => {
    expect(conforms(schema, value)).toBe(schema.safeParse(value).success);
  });
});

describe('the shape of a case', () => {
  const data = (): CaseData => ({
    workspace: { id: 'ws_1', name: 'Embassy', schemaVersion: 2, analyst: '', methodology: '', createdAt: '2026-01-01T00:00:00Z' },
    articles: [],
    claims: [sampleClaim('clm_1'), sampleClaim('clm_2')],
    appearances: [],
    sources: [],
    evidence: [],
    tags: [{ name: 'embassy', color: '#336699' }],
    layout: null,
  });

  it('accepts a whole case and names the place of a damaged one', () => {
    expect(caseShapeProblem(data())).toBeNull();
    const damaged = data();
    (damaged.claims[1] as { verdict: string }).verdict = 'perhaps';
    expect(caseShapeProblem(damaged)).toMatch(/^claims\[1\]\.verdict: /);
  });
});
