import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseData } from '../../shared/model';
import { generateLargeCase, type CaseSize } from '../../../bench/large-case';
import { useTempFolders } from '../../core/store/test-folders';
import { countingReads } from '../../core/test-reads';
import { claimRows } from './claims';

const SMALL: CaseSize = { articles: 20, claims: 100, sources: 10, evidence: 100, history: 1 };

describe('claimRows', () => {
  const tempFolder = useTempFolders();

  async function generated(scale: number): Promise<CaseData> {
    const dir = await tempFolder();
    const size = { articles: SMALL.articles * scale, claims: SMALL.claims * scale, sources: SMALL.sources * scale, evidence: SMALL.evidence * scale, history: 1 };
    await generateLargeCase(dir, size);
    return JSON.parse(await readFile(join(dir, 'claimdesk.json'), 'utf8')) as CaseData;
  }

  it('counts each claim’s appearances and evidence as a scan of every appearance would', async () => {
    const data = await generated(2);
    const rows = claimRows(data);
    expect(rows.map((row) => row.id)).toEqual(data.claims.map((claim) => claim.id));
    for (const row of rows) {
      expect(row.appearances).toBe(data.appearances.filter((item) => item.claimId === row.id).length);
      const evidence = data.evidence.filter((item) => item.claimId === row.id);
      expect(row.evidence.refutes).toBe(evidence.filter((item) => item.relation === 'refutes').length);
    }
    expect(rows.some((row) => row.appearances > 1)).toBe(true);
  });

  it('reads about four times as much of a case four times as large', async () => {
    const [small, large] = [await generated(1), await generated(4)];
    const reads = (data: CaseData) => {
      const counted = countingReads(data);
      claimRows(counted.data);
      return counted.reads();
    };
    expect(reads(large) / reads(small)).toBeLessThan(6);
  });
});
