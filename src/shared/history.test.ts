import { describe, expect, it } from 'vitest';
import { concernsClaim, describeChange } from './history';
import type { HistoryEntry } from './model';

const entry = (fields: Partial<HistoryEntry>): HistoryEntry => ({
  at: '2026-01-01T00:00:00Z',
  actor: 'Dana',
  action: 'update',
  entity: 'claim',
  entityId: 'clm_1',
  before: null,
  after: null,
  ...fields,
});

describe('concernsClaim', () => {
  it('takes the claim’s own changes and those of its appearances and evidence', () => {
    expect(concernsClaim(entry({}), 'clm_1')).toBe(true);
    expect(concernsClaim(entry({ entityId: 'clm_2' }), 'clm_1')).toBe(false);
    expect(concernsClaim(entry({ entity: 'evidence', entityId: 'evd_1', after: { claimId: 'clm_1' } }), 'clm_1')).toBe(true);
    expect(concernsClaim(entry({ entity: 'appearance', action: 'delete', before: { claimId: 'clm_1' } }), 'clm_1')).toBe(true);
    expect(concernsClaim(entry({ entity: 'source', entityId: 'src_1', after: { claimId: 'clm_1' } }), 'clm_1')).toBe(false);
  });
});

describe('describeChange', () => {
  it('lists the fields an update changed, before and after', () => {
    const update = entry({ before: { verdict: 'unrated', statement: 'S', tags: [] }, after: { verdict: 'false', statement: 'S', tags: ['a'] } });
    expect(describeChange(update)).toBe('verdict: unrated → false; tags: none → a');
    const retagged = entry({ before: { tags: ['embassy'] }, after: { tags: ['embassy', 'protest numbers'] } });
    expect(describeChange(retagged)).toBe('tags: embassy → embassy, protest numbers');
  });

  it('names what was created or deleted, shortened to one line', () => {
    expect(describeChange(entry({ action: 'create', after: { statement: 'Kestria is\norchestrating' } }))).toBe('Kestria is orchestrating');
    expect(describeChange(entry({ action: 'delete', entity: 'source', before: { title: 'x'.repeat(100) } }))).toMatch(/^x{79}…$/);
  });

  it('names appearances by their words and evidence by its relation and excerpt', () => {
    const appearance = entry({ action: 'create', entity: 'appearance', after: { selector: { quote: { exact: 'orchestrating an attack' } } } });
    expect(describeChange(appearance)).toBe('orchestrating an attack');
    expect(describeChange(entry({ action: 'delete', entity: 'evidence', before: { relation: 'refutes', excerpt: '1,200 people' } }))).toBe('refutes: 1,200 people');
  });

  it('leaves out the time of the change, which the entry has already', () => {
    expect(describeChange(entry({ before: { verdict: 'true', updatedAt: '1' }, after: { verdict: 'false', updatedAt: '2' } }))).toBe('verdict: true → false');
  });

  it('shows emptied fields as a dash', () => {
    expect(describeChange(entry({ before: { note: 'Seen' }, after: { note: '' } }))).toBe('note: Seen → —');
  });
});
