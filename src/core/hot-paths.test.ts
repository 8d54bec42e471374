// The report, the completeness check, the report's claim selection and the search
// documents read the case in a bounded number of passes: on a case four times as large
// they read about four times as many items, never sixteen. Counted, not timed.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseData, Id } from '../shared/model';
import { DEFAULT_REPORT_OPTIONS, type ReportOptions } from '../shared/report-options';
import { generateLargeCase, type CaseSize } from '../../bench/large-case';
import { buildReport, checkCompleteness, scopeOf } from './report';
import { searchDocuments } from './search/documents';
import { useTempFolders } from './store/test-folders';
import { caseItems, countingReads } from './test-reads';

const SMALL: CaseSize = { articles: 30, claims: 150, sources: 20, evidence: 150, history: 1 };
const GROWTH = 4;
/** Linear code reads about GROWTH times as much; a scan per item, GROWTH² times. */
const LINEAR_LIMIT = GROWTH * 1.5;
const FILTERED: ReportOptions = { ...DEFAULT_REPORT_OPTIONS, claims: { tags: ['economy', 'security', 'health'], verdicts: ['false', 'true', 'mixed'] } };
const STAMP = { generatedAt: '2026-01-01T00:00:00.000Z', appVersion: 'test' };

const tempFolder = useTempFolders();
let small: CaseData;
let large: CaseData;

async function generated(size: CaseSize): Promise<CaseData> {
  const dir = await tempFolder();
  await generateLargeCase(dir, size);
  return JSON.parse(await readFile(join(dir, 'claimdesk.json'), 'utf8')) as CaseData;
}

beforeAll(async () => {
  small = await generated(SMALL);
  large = await generated({
    articles: SMALL.articles * GROWTH,
    claims: SMALL.claims * GROWTH,
    sources: SMALL.sources * GROWTH,
    evidence: SMALL.evidence * GROWTH,
    history: 1,
  });
});

/** How many times as many items `work` reads on the large case as on the small one. */
function growth(work: (data: Readonly<CaseData>) => unknown): number {
  const reads = (data: CaseData) => {
    const counted = countingReads(data);
    work(counted.data);
    return counted.reads();
  };
  return reads(large) / reads(small);
}

describe('hot paths over the whole case', () => {
  it('grow linearly with the case', () => {
    expect(caseItems(large) / caseItems(small)).toBeCloseTo(GROWTH, 0);
    const paths: Record<string, (data: Readonly<CaseData>) => unknown> = {
      'completeness check': (data) => checkCompleteness(data as CaseData),
      'completeness check of some claims': (data) => checkCompleteness(data as CaseData, FILTERED.claims),
      report: (data) => buildReport(data as CaseData, new Map(), STAMP),
      'report on some claims': (data) => buildReport(data as CaseData, new Map(), STAMP, FILTERED),
      'claim selection': (data) => scopeOf(data as CaseData, FILTERED.claims),
      'search documents': (data) => searchDocuments(data, new Map()),
    };
    for (const [name, work] of Object.entries(paths)) expect(growth(work), name).toBeLessThan(LINEAR_LIMIT);
  });

  it('give each source the claims citing it, as a scan of every claim would', () => {
    const report = buildReport(large, new Map(), STAMP);
    for (const source of report.sources) {
      const citing = report.claims.flatMap((claim) =>
        claim.evidence.filter((item) => item.source.id === source.id).map(() => claim.number),
      );
      expect(source.citedBy.map((citation) => citation.claimNumber)).toEqual(citing);
    }
    expect(report.sources.some((source) => source.citedBy.length > 1)).toBe(true);
  });

  it('lists in a report on some claims every article they are marked in, as a scan would', () => {
    const scope = scopeOf(large, FILTERED.claims);
    const chosen = new Set(scope.claims.map((claim) => claim.id));
    const marked = new Set(large.appearances.filter((appearance) => chosen.has(appearance.claimId)).map((item) => item.articleId));
    const listed = new Set(scope.articles.map((article) => article.id));
    expect(chosen.size).toBeGreaterThan(0);
    for (const id of marked) expect(listed.has(id)).toBe(true);
  });

  it('index each claim with the words of all its appearances, as a scan would', () => {
    const bodies = new Map(searchDocuments(large, new Map()).map((document) => [document.id, document.body]));
    for (const claim of large.claims) {
      const quotes = large.appearances.filter((item) => item.claimId === claim.id).map((item) => item.selector.quote.exact);
      expect(bodies.get(`claim:${claim.id}` as Id)).toBe(quotes.join('\n\n'));
    }
  });
});
