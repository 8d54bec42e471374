// Search on the desk-year case (issue 11): building its index, keeping it in the case
// folder and reading it back, following an edit, answering what an analyst types, and
// `claimdesk search` as a process of its own against its startup and the parse.

import { spawn } from 'node:child_process';
import { rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, dispatch } from '../src/shared/rpc';
import type { Id } from '../src/shared/model';
import { anchorWorkerBeside } from '../src/core/anchor-thread';
import { importWorkerBeside } from '../src/core/import-thread';
import { CaseSearch, searchIndexFile } from '../src/core/search';
import { readSavedIndex } from '../src/core/search/index-file';
import { openCaseService } from '../src/core/service';
import { CaseStore } from '../src/core/store';
import { bestTime, ROUNDS } from './corpus';
import { percentile, printTable, timeOnce, type Row } from './table';

/** What a search query may take at desk scale, in milliseconds (issue 11). */
const QUERY_BUDGET_MS = 10;
const QUERY_ROUNDS = 20;
const CHANGE_ROUNDS = 10;
/** Article files read at once for the floor of a build, as the index reads them. */
const READS_IN_FLIGHT = 64;
/** What an analyst types: whole words, pairs, the first letters of a word (the last one matches nearly everything), typos. */
const QUERIES: Record<string, readonly string[]> = {
  'one word': ['inflation', 'ferry', 'Marsh', 'audited', 'Stonegate'],
  'two words': ['port authority', 'Marsh claimed', 'budget deficit', 'fuel prices', 'inflation rose'],
  prefix: ['infl', 'unemp', 'govern', 'Lindq', 'the'],
  typo: ['unemploymnet', 'inflaton', 'Valdorai', 'audted'],
};

export async function benchSearch(dir: string, parse: number): Promise<void> {
  await benchIndex(dir, parse);
  await benchQueries(dir);
  await benchCliSearch(dir, parse);
}

/** The index built from nothing, kept, and read back, against the parse and against reading every article. */
async function benchIndex(dir: string, parse: number): Promise<void> {
  const file = searchIndexFile(dir);
  const store = await CaseStore.open(dir);
  try {
    const readText = async (id: Id) => (await store.readArticle(id)).doc.text;
    const readAll = await timeOnce(async () => {
      const ids = store.data.articles.map((article) => article.id);
      for (let at = 0; at < ids.length; at += READS_IN_FLIGHT) await Promise.all(ids.slice(at, at + READS_IN_FLIGHT).map(readText));
    });
    await rm(file, { force: true });
    const built = new CaseSearch({ readText, file });
    const build = await timeOnce(() => built.search(store.data, 'inflation'));
    const save = await timeOnce(() => built.save());
    const caseId = store.data.workspace.id;
    const read = await bestTime(async () => void (await readSavedIndex(file, caseId)));
    const firstQuery = await bestTime(async () => void (await new CaseSearch({ readText, file }).search(store.data, 'inflation')));
    const articles = 'reading every article file';
    const floor = 'read + JSON.parse of claimdesk.json';
    console.log('');
    console.log(`search-index.bin: ${((await stat(file)).size / 1e6).toFixed(1)} MB`);
    printTable('search index', [
      { name: articles, ms: readAll, baseline: floor, baselineMs: parse, target: '' },
      { name: 'build from nothing (reads every article), first query', ms: build, baseline: articles, baselineMs: readAll, target: '' },
      { name: 'keep it in the case folder (compact + write + fsync)', ms: save, baseline: floor, baselineMs: parse, target: '' },
      { name: 'read it back (best of 3)', ms: read, baseline: floor, baselineMs: parse, target: '' },
      { name: 'first query of a run with the kept index (best of 3)', ms: firstQuery, baseline: floor, baselineMs: parse, target: '' },
    ]);
  } finally {
    await store.close();
  }
}

/** Warm queries through the API, and the first query after a claim is edited or an article added. */
async function benchQueries(dir: string): Promise<void> {
  const service = await openCaseService(dir, {
    appVersion: 'bench',
    anchorWorker: anchorWorkerBeside(import.meta.url),
    importWorker: importWorkerBeside(import.meta.url),
  });
  try {
    const client = createClient((method, input) => dispatch(service.handlers, method, input));
    await client.search({ query: 'inflation' });
    const budget = { baseline: 'budget', baselineMs: QUERY_BUDGET_MS, target: '≤ 1' };
    const rows: Row[] = [];
    const all = { wall: [] as number[], cpu: [] as number[] };
    const addRows = (kind: string, samples: typeof all) =>
      rows.push(
        { name: `${kind}: median`, ms: percentile(samples.wall, 0.5), ...budget },
        { name: `${kind}: p95`, ms: percentile(samples.wall, 0.95), ...budget },
        { name: `${kind}: median CPU time`, ms: percentile(samples.cpu, 0.5), ...budget },
      );
    for (const [kind, queries] of Object.entries(QUERIES)) {
      const samples = { wall: [] as number[], cpu: [] as number[] };
      for (const query of queries) {
        // The first run of a query reads the articles it shows; an analyst refining a search has them.
        await client.search({ query });
        for (let round = 0; round < QUERY_ROUNDS; round++) {
          const cpu = process.cpuUsage();
          samples.wall.push(await timeOnce(() => client.search({ query })));
          const used = process.cpuUsage(cpu);
          samples.cpu.push((used.user + used.system) / 1000);
        }
      }
      all.wall.push(...samples.wall);
      all.cpu.push(...samples.cpu);
      addRows(kind, samples);
    }
    addRows('all queries', all);
    const claim = service.store.data.claims.at(-1)!;
    const afterEdit: number[] = [];
    const afterImport: number[] = [];
    for (let round = 0; round < CHANGE_ROUNDS; round++) {
      await client.updateClaim({ id: claim.id, patch: { rationale: `Checked by the quartermaster, round ${round}.` } });
      afterEdit.push(await timeOnce(() => client.search({ query: 'quartermaster' })));
      await client.importText({ text: `Bench article ${round}: the harbourmaster spoke on Monday.`, title: `Harbourmaster ${round}` });
      afterImport.push(await timeOnce(() => client.search({ query: 'harbourmaster' })));
    }
    rows.push(
      { name: 'first query after a claim edit: median', ms: percentile(afterEdit, 0.5), ...budget },
      { name: 'first query after an article import: median', ms: percentile(afterImport, 0.5), ...budget },
    );
    printTable(`search queries through the API, warm (${QUERY_ROUNDS} runs of each of ${all.wall.length / QUERY_ROUNDS} queries)`, rows);
  } finally {
    await service.close();
  }
}

/** `claimdesk search` in a process of its own, as an analyst runs it, with the index kept by the runs above. */
async function benchCliSearch(dir: string, parse: number): Promise<void> {
  const cli = join(dirname(fileURLToPath(import.meta.url)), 'cli.js');
  const startup = await bestTime(() => runProcess(cli, ['help']));
  const search = await bestTime(() => runProcess(cli, ['search', dir, 'inflation', 'rose']));
  const startupName = 'claimdesk help (startup)';
  printTable(`claimdesk search as a process, best of ${ROUNDS}`, [
    { name: startupName, ms: startup, baseline: startupName, baselineMs: startup, target: '' },
    { name: 'claimdesk search <case> inflation rose', ms: search, baseline: 'startup + read + JSON.parse', baselineMs: startup + parse, target: '' },
    { name: 'the same, less startup', ms: search - startup, baseline: 'read + JSON.parse', baselineMs: parse, target: '≤ 4' },
  ]);
}

function runProcess(script: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${script} ${args.join(' ')} exited with ${code}.`))));
  });
}
