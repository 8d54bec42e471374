import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { describe, expect, it } from 'vitest';
import { ClaimdeskError } from '../../shared/rpc';
import { DurableJsonFile } from './durable-json-file';
import { useTempFolders } from './test-folders';

const tempFolder = useTempFolders();

describe('DurableJsonFile', () => {
  it('reads a missing file as null', async () => {
    const file = new DurableJsonFile(join(await tempFolder(), 'none.json'));
    expect(await file.read()).toBeNull();
  });

  it('round-trips data through lowdb', async () => {
    const dir = await tempFolder();
    const db = new Low(new DurableJsonFile<{ items: number[] }>(join(dir, 'db.json')), { items: [] });
    await db.update((data) => data.items.push(1, 2));
    const again = new Low(new DurableJsonFile<{ items: number[] }>(join(dir, 'db.json')), { items: [] });
    await again.read();
    expect(again.data).toEqual({ items: [1, 2] });
    expect(await readdir(dir)).toEqual(['db.json']);
  });

  it('refuses invalid JSON, naming the file, and leaves it as it was', async () => {
    const path = join(await tempFolder(), 'cut.json');
    await writeFile(path, '{"workspace": {"name": "Emb');
    const error = await new DurableJsonFile(path).read().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ClaimdeskError);
    expect(error).toMatchObject({ code: 'corrupt-workspace' });
    expect((error as Error).message).toContain(path);
    expect((error as Error).message).toContain('has not modified it');
    expect(await readFile(path, 'utf8')).toBe('{"workspace": {"name": "Emb');
  });

  it('accepts a byte order mark left by a text editor', async () => {
    const path = join(await tempFolder(), 'bom.json');
    await writeFile(path, '\uFEFF{"a":1}');
    expect(await new DurableJsonFile(path).read()).toEqual({ a: 1 });
  });
});
