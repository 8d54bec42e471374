import { describe, expect, it } from 'vitest';
import type { CaseData } from '../../shared/model';
import { CaseFingerprints } from './fingerprints';

const TEXTS: Record<string, string> = {
  a: 'Protesters gathered outside the embassy on Sunday, witnesses said.',
  b: 'Police said about 200 people took part in the march.',
};

const caseWith = (...ids: string[]) => ({ articles: ids.map((id) => ({ id })) }) as unknown as CaseData;

describe('CaseFingerprints', () => {
  it('adds the articles imported since, drops deleted ones, and reads each article once', async () => {
    const reads: string[] = [];
    const fingerprints = new CaseFingerprints(async (id) => (reads.push(id), TEXTS[id]!));
    expect((await fingerprints.current(caseWith('a'))).ids()).toEqual(['a']);
    const [first, second] = await Promise.all([fingerprints.current(caseWith('a', 'b')), fingerprints.current(caseWith('a', 'b'))]);
    expect(first.ids().sort()).toEqual(['a', 'b']);
    expect(second).toBe(first);
    expect((await fingerprints.current(caseWith('b'))).ids()).toEqual(['b']);
    expect(reads).toEqual(['a', 'b']);
  });

  it('leaves out an article whose file cannot be read, and tries it again next time', async () => {
    let readable = false;
    const fingerprints = new CaseFingerprints(async (id) => {
      if (!readable) throw new Error('missing');
      return TEXTS[id]!;
    });
    expect((await fingerprints.current(caseWith('a'))).ids()).toEqual([]);
    readable = true;
    expect((await fingerprints.current(caseWith('a'))).ids()).toEqual(['a']);
  });
});
