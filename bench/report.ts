// Exporting the report, and undoing an edit, on a case built from the corpus: each as a
// ratio against a baseline measured in the same run. The report against serializing the
// case it reports on; undo and redo against the ordinary edit they reverse.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiClient } from '../src/shared/api';
import { createClient, dispatch } from '../src/shared/rpc';
import { selectorFor } from '../src/shared/selector';
import { anchorWorkerBeside } from '../src/core/anchor-thread';
import { importWorkerBeside } from '../src/core/import-thread';
import { createCase, openCaseService } from '../src/core/service';
import { bestTime, ROUNDS } from './corpus';
import type { Imported } from './import';

/** Claims tagged per article: the first sentences long enough to be a claim. */
const CLAIMS_PER_ARTICLE = 10;
const UNDO_ROUNDS = 20;

export async function benchReport(imported: readonly Imported[]): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-bench-'));
  try {
    await createCase(dir, { name: 'Bench', analyst: 'Bench' });
    const service = await openCaseService(dir, {
      appVersion: 'bench',
      anchorWorker: anchorWorkerBeside(import.meta.url),
      importWorker: importWorkerBeside(import.meta.url),
    });
    const client = createClient((method, input) => dispatch(service.handlers, method, input));
    const claims = await buildCase(client, imported);
    await benchExport(client, claims);
    await benchUndo(client, claims[0]!);
    await service.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function buildCase(client: ApiClient, imported: readonly Imported[]): Promise<string[]> {
  const claims: string[] = [];
  const source = await client.createSource({ title: 'Bench source', url: 'https://bench.example/source', reliability: 'B' });
  for (const { page } of imported) {
    const { article } = await client.importFile({ name: `${page.name}.html`, dataBase64: Buffer.from(page.bytes).toString('base64') });
    for (const { start, end } of sentences(article.doc.text).slice(0, CLAIMS_PER_ARTICLE)) {
      const { claim } = await client.createClaim({ articleId: article.id, selector: selectorFor(article.doc.text, start, end), verdict: 'false' });
      await client.linkEvidence({ claimId: claim.id, sourceId: source.id, relation: 'refutes', credibility: 2 });
      claims.push(claim.id);
    }
  }
  return claims;
}

function sentences(text: string): { start: number; end: number }[] {
  return [...text.matchAll(/[A-Z][^.!?\n]{40,240}[.!?]/g)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

async function benchExport(client: ApiClient, claims: readonly string[]): Promise<void> {
  const data = await client.getCase({});
  const articles = await Promise.all(data.articles.map((article) => client.getArticle({ id: article.id })));
  const baseline = await bestTime(() => void JSON.stringify({ data, articles }));
  const html = await bestTime(async () => void (await client.exportReport({ format: 'html' })));
  const markdown = await bestTime(async () => void (await client.exportReport({ format: 'markdown' })));
  const check = await bestTime(async () => void (await client.checkReport({})));
  const row = (name: string, ms: number) => `| ${name} | ${ms.toFixed(1)} | ${(ms / baseline).toFixed(1)} |`;
  console.log('');
  console.log(`Report on ${claims.length} claims in ${data.articles.length} articles, each with one piece of evidence`);
  console.log('');
  console.log(`| report | best of ${ROUNDS} (ms) | ratio to baseline |`);
  console.log('|---|---|---|');
  console.log(row('baseline: JSON.stringify of the case and its articles', baseline));
  console.log(row('HTML report', html));
  console.log(row('Markdown report', markdown));
  console.log(row('completeness check', check));
}

async function benchUndo(client: ApiClient, claimId: string): Promise<void> {
  const edit = await averageTime(() => client.updateClaim({ id: claimId, patch: { rationale: `Checked ${Math.random()}` } }));
  const undo = await averageTime(() => client.undo({}));
  const redo = await averageTime(() => client.redo({}));
  const row = (name: string, ms: number) => `| ${name} | ${ms.toFixed(1)} | ${(ms / edit).toFixed(2)} |`;
  console.log('');
  console.log(`| undo (case on disk, written durably) | mean of ${UNDO_ROUNDS} (ms) | ratio to baseline |`);
  console.log('|---|---|---|');
  console.log(row('baseline: an edit of a claim', edit));
  console.log(row('undo of that edit', undo));
  console.log(row('redo', redo));
}

async function averageTime(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  for (let round = 0; round < UNDO_ROUNDS; round++) await work();
  return (performance.now() - started) / UNDO_ROUNDS;
}
