import { describe, expect, it } from 'vitest';
import { unsupportedReason } from './import-formats';
import { attemptImport, reanchorNote, summarizeImports, summaryLine, type ImportOutcome } from './import-summary';
import { ClaimdeskError } from './rpc';

const article = { id: 'art_1', title: 'Bridge costs double', version: 1 };

describe('attemptImport', () => {
  it('reports an imported article by id, title and version, and how its claims were re-anchored', async () => {
    const reanchored = { previousVersionId: 'art_0', anchored: 3, fuzzy: 1, orphaned: 0 };
    const answer = { article: { ...article, version: 2, wordCount: 12 }, reanchored };
    expect(await attemptImport('in/bridge.pdf', async () => answer)).toEqual({
      file: 'in/bridge.pdf',
      status: 'imported',
      article: { ...article, version: 2 },
      reanchored,
    });
    expect(reanchorNote(2, reanchored)).toBe('version 2; claims re-anchored: 3 anchored, 1 fuzzy (to review), 0 orphaned');
  });

  it('tells a duplicate from a failure, naming the article already in the case', async () => {
    const duplicate = new ClaimdeskError('duplicate', 'copy.pdf is already in this case as "Bridge costs double".', { id: article.id, title: article.title });
    expect(await attemptImport('in/copy.pdf', () => Promise.reject(duplicate))).toEqual({
      file: 'in/copy.pdf',
      status: 'duplicate',
      existing: { id: article.id, title: article.title },
    });
  });

  it('keeps the reason of a failure without repeating the file name, and never throws', async () => {
    const broken = new ClaimdeskError('import-failed', 'broken.docx: this is not a readable Word document.');
    expect(await attemptImport('in/broken.docx', () => Promise.reject(broken))).toEqual({
      file: 'in/broken.docx',
      status: 'failed',
      reason: 'this is not a readable Word document.',
    });
    expect(await attemptImport('odd.txt', () => Promise.reject(new Error('disk on fire')))).toMatchObject({
      status: 'failed',
      reason: 'disk on fire',
    });
  });
});

describe('summarizeImports', () => {
  it('counts each outcome and keeps them in order', () => {
    const outcomes: ImportOutcome[] = [
      { file: 'a.pdf', status: 'imported', article, reanchored: null },
      { file: 'b.pdf', status: 'failed', reason: 'damaged' },
      { file: 'c.pdf', status: 'imported', article: { id: 'art_2', title: 'Second', version: 1 }, reanchored: null },
      { file: 'd.pdf', status: 'duplicate', existing: { id: article.id, title: article.title } },
    ];
    const summary = summarizeImports(outcomes);
    expect(summary).toMatchObject({ imported: 2, duplicate: 1, failed: 1 });
    expect(summary.outcomes.map((outcome) => outcome.file)).toEqual(['a.pdf', 'b.pdf', 'c.pdf', 'd.pdf']);
    expect(summaryLine(summary)).toBe('2 imported, 1 duplicate, 1 failed');
  });

  it('counts and names the files skipped for their type', () => {
    const summary = summarizeImports([
      { file: 'a.pdf', status: 'imported', article, reanchored: null },
      { file: 'figures.xlsx', status: 'skipped', reason: unsupportedReason('figures.xlsx') },
    ]);
    expect(summary).toMatchObject({ imported: 1, skipped: 1 });
    expect(summaryLine(summary)).toBe('1 imported, 0 duplicates, 0 failed, 1 skipped');
    expect(summary.outcomes[1]).toMatchObject({ reason: expect.stringMatching(/^Skipped: \.xlsx files are not read\. Claimdesk imports \.html/) });
  });

  it('sums up nothing as nothing', () => {
    expect(summaryLine(summarizeImports([]))).toBe('0 imported, 0 duplicates, 0 failed');
  });
});
