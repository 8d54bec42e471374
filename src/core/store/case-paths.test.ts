import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFile, backupFile, casePaths, originalFile } from './case-paths';

const paths = casePaths(join('/cases', 'embassy'));

describe('case paths', () => {
  it('keeps articles and originals inside the case folder', () => {
    expect(articleFile(paths, 'art_1')).toBe(join('/cases', 'embassy', 'articles', 'art_1.json'));
    expect(originalFile(paths, 'f'.repeat(64))).toBe(join('/cases', 'embassy', 'originals', 'f'.repeat(64)));
  });

  it('refuses ids that would leave the folder', () => {
    expect(() => articleFile(paths, '../../etc/passwd')).toThrow(expect.objectContaining({ code: 'invalid-input' }));
    expect(() => originalFile(paths, '../claimdesk.json')).toThrow(expect.objectContaining({ code: 'invalid-input' }));
  });

  it('names backups with the old version and a time usable on every platform', () => {
    const name = backupFile(paths, 0, new Date('2025-01-31T09:15:00.000Z'));
    expect(name).toBe(join('/cases', 'embassy', 'claimdesk.v0.2025-01-31T09-15-00-000Z.bak.json'));
  });
});
