import { describe, expect, it } from 'vitest';
import type { VersionedData } from '../case-shape';
import { migrate, type Migration } from './migrate';

const renameTitle: Migration = {
  from: 0,
  up(data) {
    const workspace = data.workspace as Record<string, unknown>;
    workspace.name = workspace.title;
    delete workspace.title;
    return data;
  },
};

const addTags: Migration = {
  from: 1,
  up: (data) => ({ ...data, tags: [] }),
};

function versionZero(): VersionedData {
  return { workspace: { schemaVersion: 0, title: 'Embassy' } as VersionedData['workspace'] };
}

describe('migrate', () => {
  it('applies each step in turn and sets the schema version', () => {
    const migrated = migrate(versionZero(), [addTags, renameTitle], 2);
    expect(migrated).toEqual({ workspace: { schemaVersion: 2, name: 'Embassy' }, tags: [] });
  });

  it('starts from the data’s own version', () => {
    const versionOne = { workspace: { schemaVersion: 1, name: 'Embassy' } } as VersionedData;
    expect(migrate(versionOne, [renameTitle, addTags], 2)).toEqual({
      workspace: { schemaVersion: 2, name: 'Embassy' },
      tags: [],
    });
  });

  it('leaves the caller’s data as it was', () => {
    const old = versionZero();
    migrate(old, [renameTitle, addTags], 2);
    expect(old).toEqual(versionZero());
  });

  it('says which step is missing', () => {
    expect(() => migrate(versionZero(), [addTags], 2)).toThrow('no upgrade from schema version 0');
  });
});
