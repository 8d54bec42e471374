import { readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClaimdeskError } from '../../shared/rpc';
import { CaseStore } from './case-store';
import { readJsonFile } from './json-file';
import { useTempFolders } from './test-folders';

const tempFolder = useTempFolders();

describe('reading a JSON file of a case', () => {
  it('reads a missing file as null', async () => {
    expect(await readJsonFile(join(await tempFolder(), 'none.json'))).toBeNull();
  });

  it('refuses invalid JSON, naming the file, quoting none of it, and leaves it as it was', async () => {
    const path = join(await tempFolder(), 'cut.json');
    await writeFile(path, 'root:x:0:0:root:/root:/bin/bash');
    const error = await readJsonFile(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ClaimdeskError);
    expect(error).toMatchObject({ code: 'corrupt-workspace' });
    expect((error as Error).message).toContain(path);
    expect((error as Error).message).not.toContain('root:x');
    expect(await readFile(path, 'utf8')).toBe('root:x:0:0:root:/root:/bin/bash');
  });

  it('accepts a byte order mark left by a text editor', async () => {
    const path = join(await tempFolder(), 'bom.json');
    await writeFile(path, '\uFEFF{"a":1}');
    expect(await readJsonFile(path)).toEqual({ a: 1 });
  });

  it('refuses a link, which could point anywhere on the machine', async () => {
    const dir = await tempFolder();
    await writeFile(join(dir, 'elsewhere.json'), '{"secret": true}');
    await symlink(join(dir, 'elsewhere.json'), join(dir, 'linked.json'));
    await expect(readJsonFile(join(dir, 'linked.json'))).rejects.toMatchObject({ code: 'corrupt-workspace', message: expect.stringContaining('is a link') });
  });
});

describe('a case folder with links in it', () => {
  it('does not open when claimdesk.json is a link', async () => {
    const store = await CaseStore.create(await tempFolder(), { name: 'Embassy' });
    await store.close();
    const other = await tempFolder();
    await writeFile(join(other, 'real.json'), await readFile(join(store.dir, 'claimdesk.json')));
    await rm(join(store.dir, 'claimdesk.json'));
    await symlink(join(other, 'real.json'), join(store.dir, 'claimdesk.json'));
    await expect(CaseStore.open(store.dir)).rejects.toMatchObject({ code: 'corrupt-workspace', message: expect.stringContaining('is a link') });
  });
});
