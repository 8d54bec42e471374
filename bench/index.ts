// `npm run bench`: how fast Claimdesk imports real news pages, as a ratio against
// Readability's own parse of the same pages measured in the same run.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { importFile } from '../src/core/import';

const CORPUS = resolve(process.env.CLAIMDESK_CORPUS ?? '../shared/corpus/web-pages');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

interface Page {
  name: string;
  bytes: Uint8Array;
}

function loadCorpus(): Page[] {
  if (!existsSync(CORPUS)) {
    console.error(`No corpus at ${CORPUS}. Set CLAIMDESK_CORPUS to a folder of <name>/source.html pages.`);
    process.exit(1);
  }
  return readdirSync(CORPUS)
    .filter((name) => existsSync(join(CORPUS, name, 'source.html')))
    .map((name) => ({ name, bytes: readFileSync(join(CORPUS, name, 'source.html')) }));
}

/** The baseline: what any Readability-based importer must at least do. */
function readabilityOnly(page: Page): void {
  const dom = new JSDOM(Buffer.from(page.bytes).toString('utf8'), { url: 'https://example.invalid/' });
  new Readability(dom.window.document).parse();
  dom.window.close();
}

async function claimdeskImport(page: Page): Promise<void> {
  await importFile(`${page.name}.html`, page.bytes);
}

/** Best of ROUNDS total times over the whole corpus, in milliseconds. */
async function time(pages: Page[], work: (page: Page) => void | Promise<void>): Promise<number> {
  let best = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    for (const page of pages) await work(page);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

async function importFailures(pages: Page[]): Promise<string[]> {
  const failures: string[] = [];
  for (const page of pages) {
    try {
      await claimdeskImport(page);
    } catch (error) {
      failures.push(`${page.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return failures;
}

const pages = loadCorpus();
const megabytes = pages.reduce((sum, page) => sum + page.bytes.length, 0) / 1e6;
const failures = await importFailures(pages);
const importable = pages.filter((page) => !failures.some((failure) => failure.startsWith(`${page.name}:`)));
const baseline = await time(importable, readabilityOnly);
const measured = await time(importable, claimdeskImport);

console.log(`Corpus: ${pages.length} pages, ${megabytes.toFixed(1)} MB (${CORPUS})`);
console.log(`Imported: ${importable.length}; refused with a message: ${failures.length}`);
for (const failure of failures) console.log(`  - ${failure}`);
console.log('');
console.log('| measure | best of %d (ms) | pages/s | ratio to baseline |'.replace('%d', String(ROUNDS)));
console.log('|---|---|---|---|');
console.log(`| baseline: JSDOM + Readability.parse | ${baseline.toFixed(0)} | ${(importable.length / (baseline / 1000)).toFixed(1)} | 1.00 |`);
console.log(
  `| Claimdesk import (decode, metadata, Readability, document model, SHA-256) | ${measured.toFixed(0)} | ${(importable.length / (measured / 1000)).toFixed(1)} | ${(measured / baseline).toFixed(2)} |`,
);
