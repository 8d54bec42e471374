import { describe, expect, it } from 'vitest';
import { extensionOf, fileFormatOf } from './import-formats';

describe('fileFormatOf', () => {
  it('knows each format by its extension, in any letter case', () => {
    expect(['a.HTM', 'b.md', 'c.txt', 'd.Pdf', 'e.docx'].map(fileFormatOf)).toEqual(['html', 'markdown', 'text', 'pdf', 'docx']);
  });

  it('reads nothing it has no importer for, nor names that only look like keys', () => {
    expect(['scan.doc', 'README', 'x.constructor', 'x.__proto__', 'archive.tar.gz'].map(fileFormatOf)).toEqual([null, null, null, null, null]);
    expect(extensionOf('dir.v2/README')).toBe('');
  });
});
