import { describe, expect, it } from 'vitest';
import { Journal } from './journal';

describe('Journal', () => {
  it('records creates, updates and deletes', () => {
    const journal = new Journal();
    journal.created('tag', 'urgent', { name: 'urgent' });
    journal.updated('claim', 'clm_1', { verdict: 'unrated' }, { verdict: 'false' });
    journal.deleted('source', 'src_1', { title: 'Wire' });
    expect(journal.changes).toEqual([
      { action: 'create', entity: 'tag', entityId: 'urgent', before: null, after: { name: 'urgent' } },
      { action: 'update', entity: 'claim', entityId: 'clm_1', before: { verdict: 'unrated' }, after: { verdict: 'false' } },
      { action: 'delete', entity: 'source', entityId: 'src_1', before: { title: 'Wire' }, after: null },
    ]);
  });

  it('keeps what was recorded when the entity changes again later in the edit', () => {
    const journal = new Journal();
    const claim = { verdict: 'unrated' };
    journal.created('claim', 'clm_1', claim);
    claim.verdict = 'false';
    expect(journal.changes[0]?.after).toEqual({ verdict: 'unrated' });
  });
});
