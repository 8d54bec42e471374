import { describe, expect, it } from 'vitest';
import { attemptImport, summarizeImports, summaryLine, type ImportOutcome } from './import-summary';
import { ClaimdeskError } from './rpc';

const article = { id: 'art_1', title: 'Bridge costs double' };

describe('attemptImport', () => {
  it('reports an imported article by id and title', async () => {
    expect(await attemptImport('in/bridge.pdf', async () => ({ ...article, wordCount: 12 }))).toEqual({
      file: 'in/bridge.pdf',
      status: 'imported',
      article,
    });
  });

  it('tells a duplicate from a failure, naming the article already in the case', async () => {
    const duplicate = new ClaimdeskError('duplicate', 'copy.pdf is already in this case as "Bridge costs double".', article);
    expect(await attemptImport('in/copy.pdf', () => Promise.reject(duplicate))).toEqual({
      file: 'in/copy.pdf',
      status: 'duplicate',
      existing: article,
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
      { file: 'a.pdf', status: 'imported', article },
      { file: 'b.pdf', status: 'failed', reason: 'damaged' },
      { file: 'c.pdf', status: 'imported', article: { id: 'art_2', title: 'Second' } },
      { file: 'd.pdf', status: 'duplicate', existing: article },
    ];
    const summary = summarizeImports(outcomes);
    expect(summary).toMatchObject({ imported: 2, duplicate: 1, failed: 1 });
    expect(summary.outcomes.map((outcome) => outcome.file)).toEqual(['a.pdf', 'b.pdf', 'c.pdf', 'd.pdf']);
    expect(summaryLine(summary)).toBe('2 imported, 1 duplicate, 1 failed');
  });

  it('sums up nothing as nothing', () => {
    expect(summaryLine(summarizeImports([]))).toBe('0 imported, 0 duplicates, 0 failed');
  });
});
