import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempFolders } from '../store/test-folders';
import { readSavedIndex, SEARCH_INDEX_FILE, writeSavedIndex, type SavedIndex } from './index-file';
import { InvertedIndex } from './inverted-index';

function saved(): SavedIndex {
  const index = new InvertedIndex();
  index.add('article:a', [{ text: 'Embassy attack', weight: 2 }, { text: 'Crowds gathered near the embassy.', weight: 1 }]);
  index.add('claim:b', [{ text: 'Ferry service delayed', weight: 2 }]);
  index.add('source:c', [{ text: 'Port authority', weight: 2 }]);
  return { caseId: 'case-1', stamp: '12:3456 2 1 1 1', keys: new Map([['article:a', 'k1'], ['claim:b', 'k2']]), index: index.compacted() };
}

describe('the search index file', () => {
  const tempFolder = useTempFolders();

  it('reads back what was written, keys and all', async () => {
    const file = join(await tempFolder(), SEARCH_INDEX_FILE);
    const written = saved();
    await writeSavedIndex(file, written);
    const read = (await readSavedIndex(file, 'case-1'))!;
    expect(read.stamp).toBe('12:3456 2 1 1 1');
    expect(read.keys).toEqual(written.keys);
    expect(read.index.ids).toEqual(written.index.ids);
    expect([...read.index.lengths]).toEqual([...written.index.lengths]);
    expect(read.index.segment.terms).toEqual(written.index.segment.terms);
    expect([...read.index.segment.docs]).toEqual([...written.index.segment.docs]);
    expect([...read.index.segment.freqs]).toEqual([...written.index.segment.freqs]);
  });

  it('is not used for another case, cut short, with a byte changed, or missing', async () => {
    const dir = await tempFolder();
    const file = join(dir, SEARCH_INDEX_FILE);
    await writeSavedIndex(file, saved());
    const bytes = await readFile(file);
    expect(await readSavedIndex(file, 'case-2')).toBeNull();
    for (const damaged of [bytes.subarray(0, bytes.length - 2), bytes.subarray(0, 10), Buffer.from(bytes).fill(7, 40, 41), Buffer.alloc(0)]) {
      await writeFile(file, damaged);
      expect(await readSavedIndex(file, 'case-1')).toBeNull();
    }
    expect(await readSavedIndex(join(dir, 'none.bin'), 'case-1')).toBeNull();
  });

  it('replaces the index file of the former format', async () => {
    const dir = await tempFolder();
    await writeFile(join(dir, 'search-index.json'), '{"format":1}');
    await writeSavedIndex(join(dir, SEARCH_INDEX_FILE), saved());
    await expect(readFile(join(dir, 'search-index.json'))).rejects.toThrow(/ENOENT/);
  });
});
