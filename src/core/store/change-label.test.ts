import { describe, expect, it } from 'vitest';
import { labelOf } from './change-label';
import type { Change } from './journal';

const change = (action: Change['action'], entity: Change['entity']): Change => ({
  action,
  entity,
  entityId: 'x',
  before: null,
  after: null,
});

describe('labelOf', () => {
  it('names an edit for the entity it is about, in the words of the UI', () => {
    expect(labelOf([change('create', 'claim'), change('create', 'appearance'), change('create', 'tag')])).toBe('Tag claim');
    expect(labelOf([change('delete', 'appearance'), change('delete', 'evidence'), change('delete', 'claim')])).toBe('Delete claim');
    expect(labelOf([change('delete', 'evidence'), change('delete', 'source')])).toBe('Delete source');
    expect(labelOf([change('create', 'article'), change('update', 'appearance')])).toBe('Import article');
    expect(labelOf([change('update', 'workspace')])).toBe('Edit case settings');
  });
});
