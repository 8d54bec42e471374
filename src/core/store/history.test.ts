import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry, Workspace } from '../../shared/model';
import { actorOf, appendHistory, historyEntries, readHistory } from './history';
import { useTempFolders } from './test-folders';

const tempFolder = useTempFolders();

const workspace: Workspace = {
  id: 'case_1',
  name: 'Embassy',
  schemaVersion: 1,
  analyst: 'Dana Ruiz',
  methodology: '',
  createdAt: '2025-01-01T00:00:00.000Z',
};

function entry(entityId: string): HistoryEntry {
  return {
    at: '2025-01-01T00:00:00.000Z',
    actor: 'Dana Ruiz',
    action: 'create',
    entity: 'claim',
    entityId,
    before: null,
    after: { id: entityId },
  };
}

describe('history entries', () => {
  it('stamps changes with the time and the analyst', () => {
    const at = new Date('2025-02-03T04:05:06.000Z');
    const change = { action: 'delete', entity: 'tag', entityId: 'x', before: {}, after: null } as const;
    expect(historyEntries([change], workspace, at)).toEqual([
      { at: '2025-02-03T04:05:06.000Z', actor: 'Dana Ruiz', ...change },
    ]);
  });

  it('names the actor "analyst" when the case names nobody', () => {
    expect(actorOf({ ...workspace, analyst: '  ' })).toBe('analyst');
  });
});

describe('history.jsonl', () => {
  it('appends one line per entry and reads them back in order', async () => {
    const file = join(await tempFolder(), 'history.jsonl');
    await appendHistory(file, [entry('a'), entry('b')]);
    await appendHistory(file, [entry('c')]);
    expect((await readFile(file, 'utf8')).split('\n')).toHaveLength(4);
    expect((await readHistory(file)).map((e) => e.entityId)).toEqual(['a', 'b', 'c']);
  });

  it('reads a missing file as no history', async () => {
    expect(await readHistory(join(await tempFolder(), 'history.jsonl'))).toEqual([]);
  });

  it('skips a last line torn by a crash', async () => {
    const file = join(await tempFolder(), 'history.jsonl');
    await appendHistory(file, [entry('a')]);
    await appendFile(file, JSON.stringify(entry('b')).slice(0, 40));
    expect((await readHistory(file)).map((e) => e.entityId)).toEqual(['a']);
  });

  it('keeps entries appended after a torn line readable', async () => {
    const file = join(await tempFolder(), 'history.jsonl');
    await appendHistory(file, [entry('a')]);
    await appendFile(file, JSON.stringify(entry('b')).slice(0, 40));
    await appendHistory(file, [entry('c')]);
    expect((await readHistory(file)).map((e) => e.entityId)).toEqual(['a', 'c']);
  });
});
