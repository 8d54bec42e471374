import { describe, expect, it } from 'vitest';
import { filesFromFolderInput } from './dropped-files';

const file = (name: string) => new File(['text'], name);

describe('the files of a chosen folder', () => {
  it('lists those of other types as skipped with why, leaves hidden ones out, in name order', () => {
    const found = filesFromFolderInput([file('b.pdf'), file('.DS_Store'), file('notes.xlsx'), file('a.html'), file('README')]);
    expect(found.map(({ path, skipped }) => [path, skipped ?? null])).toEqual([
      ['a.html', null],
      ['b.pdf', null],
      ['notes.xlsx', expect.stringMatching(/\.xlsx files are not read/)],
      ['README', expect.stringMatching(/without an extension/)],
    ]);
  });
});
