import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleTemporaryFiles, syncFolder, writeFileDurably } from './durable-file';
import { useTempFolders } from './test-folders';

const tempFolder = useTempFolders();

describe('writeFileDurably', () => {
  it('creates a file', async () => {
    const dir = await tempFolder();
    await writeFileDurably(join(dir, 'a.json'), '{"n":1}');
    expect(await readFile(join(dir, 'a.json'), 'utf8')).toBe('{"n":1}');
  });

  it('replaces the whole content and leaves no temporary file', async () => {
    const dir = await tempFolder();
    const target = join(dir, 'a.json');
    await writeFile(target, 'x'.repeat(10_000));
    await writeFileDurably(target, 'short');
    expect(await readFile(target, 'utf8')).toBe('short');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('writes bytes as they are', async () => {
    const dir = await tempFolder();
    const bytes = new Uint8Array([0, 255, 10, 13, 128]);
    await writeFileDurably(join(dir, 'blob'), bytes);
    expect(new Uint8Array(await readFile(join(dir, 'blob')))).toEqual(bytes);
  });

  it('rejects, keeps the target and removes the temporary file when the rename fails', async () => {
    const dir = await tempFolder();
    const target = join(dir, 'taken');
    await mkdir(target);
    await writeFile(join(target, 'inside'), 'kept');
    await expect(writeFileDurably(target, 'new')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['taken']);
    expect(await readFile(join(target, 'inside'), 'utf8')).toBe('kept');
  });

  it('rejects when the folder does not exist', async () => {
    const dir = await tempFolder();
    await expect(writeFileDurably(join(dir, 'missing', 'a.json'), '{}')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('syncFolder', () => {
  it('flushes an existing folder', async () => {
    await expect(syncFolder(await tempFolder())).resolves.toBeUndefined();
  });

  it('reports a folder that does not exist', async () => {
    const dir = await tempFolder();
    await expect(syncFolder(join(dir, 'missing'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('removeStaleTemporaryFiles', () => {
  const NO_SUCH_PROCESS = 99_999_999;

  it('removes what dead writers left and keeps the rest', async () => {
    const dir = await tempFolder();
    const stale = `.claimdesk.json.${NO_SUCH_PROCESS}.0123456789ab.tmp`;
    const live = `.claimdesk.json.${process.pid}.0123456789ab.tmp`;
    for (const name of [stale, live, 'claimdesk.json', '.notes.tmp']) await writeFile(join(dir, name), 'x');
    await removeStaleTemporaryFiles(dir);
    expect((await readdir(dir)).sort()).toEqual([live, '.notes.tmp', 'claimdesk.json'].sort());
  });

  it('ignores a missing folder', async () => {
    await expect(removeStaleTemporaryFiles(join(await tempFolder(), 'missing'))).resolves.toBeUndefined();
  });
});
