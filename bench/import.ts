// How fast Claimdesk imports real news pages, as a ratio against Readability's own
// parse of the same pages measured in the same run, and what scoring each imported
// article's sentences on the score worker adds, as the app does after every import.

import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import type { Doc } from '../src/shared/model';
import { importFile } from '../src/core/import';
import { ImportThread, importWorkerBeside } from '../src/core/import-thread';
import { ScoringThread, scoreWorkerBeside } from '../src/core/checkworthiness/score-thread';
import { bestTime, CORPUS, ROUNDS, type Page } from './corpus';

export interface Imported {
  page: Page;
  doc: Doc;
}

/** The baseline: what any Readability-based importer must at least do. */
function readabilityOnly(page: Page): void {
  const dom = new JSDOM(Buffer.from(page.bytes).toString('utf8'), { url: 'https://example.invalid/' });
  new Readability(dom.window.document).parse();
  dom.window.close();
}

async function claimdeskImport(page: Page): Promise<Doc> {
  return (await importFile(`${page.name}.html`, page.bytes)).doc;
}

async function importAll(pages: readonly Page[]): Promise<void> {
  for (const page of pages) await claimdeskImport(page);
}

/** As the app imports: each page sent to the import worker (already warm) and its article sent back. */
async function importAllOffThread(thread: ImportThread, pages: readonly Page[]): Promise<void> {
  for (const page of pages) await thread.run({ kind: 'file', name: `${page.name}.html`, bytes: page.bytes });
}

/** After each import the app scores the article's sentences on the score worker (already warm), one article at a time. */
async function scoreAllOffThread(thread: ScoringThread, docs: readonly Doc[]): Promise<void> {
  for (const doc of docs) await thread.score('bench', doc);
}

/** Prints the import timings; returns the pages that imported, with their documents. */
export async function benchImport(pages: Page[]): Promise<Imported[]> {
  const imported: Imported[] = [];
  const failures: string[] = [];
  for (const page of pages) {
    try {
      imported.push({ page, doc: await claimdeskImport(page) });
    } catch (error) {
      failures.push(`${page.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const importable = imported.map(({ page }) => page);
  const baseline = await bestTime(() => importable.forEach(readabilityOnly));
  const measured = await bestTime(() => importAll(importable));
  const [first] = importable;
  // A closed thread refuses imports: each cold start gets a thread of its own.
  const coldStart = await bestTime(async () => {
    const cold = new ImportThread(importWorkerBeside(import.meta.url));
    if (first) await importAllOffThread(cold, [first]);
    await cold.close();
  });
  const thread = new ImportThread(importWorkerBeside(import.meta.url));
  if (first) await importAllOffThread(thread, [first]);
  const offThread = await bestTime(() => importAllOffThread(thread, importable));
  await thread.close();
  const scoring = new ScoringThread(scoreWorkerBeside(import.meta.url));
  const docs = imported.map(({ doc }) => doc);
  await scoreAllOffThread(scoring, docs.slice(0, 1));
  const scored = await bestTime(() => scoreAllOffThread(scoring, docs));
  await scoring.close();
  const megabytes = pages.reduce((sum, page) => sum + page.bytes.length, 0) / 1e6;
  const perSecond = (ms: number) => (importable.length / (ms / 1000)).toFixed(1);

  console.log(`Corpus: ${pages.length} pages, ${megabytes.toFixed(1)} MB (${CORPUS})`);
  console.log(`Imported: ${importable.length}; refused with a message: ${failures.length}`);
  for (const failure of failures) console.log(`  - ${failure}`);
  console.log('');
  console.log(`| import | best of ${ROUNDS} (ms) | pages/s | ratio to baseline |`);
  console.log('|---|---|---|---|');
  console.log(`| baseline: JSDOM + Readability.parse | ${baseline.toFixed(0)} | ${perSecond(baseline)} | 1.00 |`);
  console.log(
    `| Claimdesk import (decode, metadata, Readability, document model, SHA-256) | ${measured.toFixed(0)} | ` +
      `${perSecond(measured)} | ${(measured / baseline).toFixed(2)} |`,
  );
  console.log(`| the same on the import worker, as the app runs it | ${offThread.toFixed(0)} | ${perSecond(offThread)} | ${(offThread / baseline).toFixed(2)} |`);
  console.log(
    `| then every article's sentences scored for check-worthiness on the score worker | ${scored.toFixed(0)} | ` +
      `${perSecond(scored)} | ${(scored / baseline).toFixed(2)} |`,
  );
  console.log('');
  console.log(`A cold import worker (started, parsers loaded, one page imported): ${coldStart.toFixed(0)} ms.`);
  console.log(`Scoring after the import adds ${((scored / offThread) * 100).toFixed(0)}% to the import's time, off the main thread.`);
  return imported;
}
