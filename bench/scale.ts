// A desk's year in one case (issue 11): opening, editing, listing, searching, reporting
// and checking a generated case of 10,000 articles and 50,000 claims, each as a ratio to
// a baseline measured in the same run. Every hot path also runs on a tenth of the case:
// linear code takes about 10× as long on 10× the data, and more than REGRESSION_RATIO
// times is printed as FAIL, which makes the bench exit with an error. That check compares
// the process's CPU time, which other programs on a busy machine disturb far less than
// the wall-clock time.

import { open, readdir, readFile, rm, stat, mkdtemp } from 'node:fs/promises';
import { cpus, platform, arch, totalmem, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createClient, dispatch } from '../src/shared/rpc';
import { anchorWorkerBeside } from '../src/core/anchor-thread';
import { importWorkerBeside } from '../src/core/import-thread';
import { openCaseService } from '../src/core/service';
import { CaseStore } from '../src/core/store';
import { runCli } from '../src/cli/run';
import { bestTime, ROUNDS } from './corpus';
import { DESK_SCALE, generateLargeCase, type CaseSize } from './large-case';

/** 10× the data may take this many times as long before the bench calls it a regression. */
export const REGRESSION_RATIO = 12;
/** What a search query may take at desk scale, in milliseconds (issue 11). */
const QUERY_BUDGET_MS = 10;
const EDIT_ROUNDS = 10;
const QUERY_ROUNDS = 20;
const QUERIES = ['inflation', 'ferry service delayed', 'Marsh claimed', 'port authority', 'unemploymnet'];
/** Shrinks both cases for a quick run: BENCH_SCALE=0.1 generates 100 and 1,000 articles. */
const SCALE = Number(process.env.BENCH_SCALE ?? 1);

/** Prints the scale section; resolves false when a hot path grew faster than linearly. */
export async function benchScale(): Promise<boolean> {
  const root = await mkdtemp(join(tmpdir(), 'claimdesk-scale-'));
  try {
    printMachine();
    const large = scaled(SCALE);
    const small = scaled(SCALE / 10);
    const largeDir = join(root, 'large');
    const smallDir = join(root, 'small');
    const generated = await timeOnce(() => generateLargeCase(largeDir, large));
    await generateLargeCase(smallDir, small);
    console.log(`Generated ${describeSize(large)} in ${(generated / 1000).toFixed(1)} s; ${await describeDisk(largeDir)}`);
    const parse = await bestTime(async () => void JSON.parse(await readFile(join(largeDir, 'claimdesk.json'), 'utf8')));
    await benchOpenAndMemory(largeDir, parse);
    await benchEdit(largeDir);
    const atDeskScale = await benchCommands(largeDir, parse);
    await benchQueries(largeDir);
    return await benchRegression(smallDir, small, large, atDeskScale);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

function scaled(factor: number): CaseSize {
  const of = (count: number) => Math.max(1, Math.round(count * factor));
  return {
    articles: of(DESK_SCALE.articles),
    claims: of(DESK_SCALE.claims),
    sources: of(DESK_SCALE.sources),
    evidence: of(DESK_SCALE.evidence),
    history: of(DESK_SCALE.history),
  };
}

function printMachine(): void {
  const cores = cpus();
  console.log('');
  console.log('## Scale: a desk-year case');
  console.log('');
  console.log(
    `Machine: ${cores[0]?.model.trim() ?? 'unknown CPU'}, ${cores.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ` +
      `${platform()} ${arch()}, Node ${process.version}`,
  );
}

function describeSize(size: CaseSize): string {
  const n = (count: number) => count.toLocaleString('en-GB');
  return (
    `${n(size.articles)} articles, ${n(size.claims)} claims, ${n(size.sources)} sources, ` +
    `${n(size.evidence)} evidence links, ${n(size.history)} history entries`
  );
}

async function describeDisk(dir: string): Promise<string> {
  const caseFile = (await stat(join(dir, 'claimdesk.json'))).size;
  const total = await diskSize(dir);
  return `claimdesk.json ${mb(caseFile)}, the whole folder ${mb(total)}`;
}

async function diskSize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? await diskSize(path) : (await stat(path)).size;
  }
  return total;
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

// ---------------------------------------------------------------- tables

interface Row {
  name: string;
  ms: number;
  baseline: string;
  baselineMs: number;
  target: string;
}

function printTable(title: string, rows: readonly Row[]): void {
  console.log('');
  console.log(`| ${title} | ms | baseline | baseline ms | ratio | target |`);
  console.log('|---|---|---|---|---|---|');
  for (const row of rows) {
    const ratio = row.ms / row.baselineMs;
    console.log(`| ${row.name} | ${row.ms.toFixed(1)} | ${row.baseline} | ${row.baselineMs.toFixed(1)} | ${ratio.toFixed(2)} | ${row.target} |`);
  }
}

async function timeOnce(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function meanTime(rounds: number, work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  for (let round = 0; round < rounds; round++) await work();
  return (performance.now() - started) / rounds;
}

// ---------------------------------------------------------------- open and memory

async function benchOpenAndMemory(dir: string, parse: number): Promise<void> {
  const openMs = await bestTime(async () => (await CaseStore.open(dir)).close());
  const floor = 'read + JSON.parse of claimdesk.json';
  printTable('open', [
    { name: floor, ms: parse, baseline: floor, baselineMs: parse, target: '1 (the floor)' },
    { name: 'CaseStore.open', ms: openMs, baseline: floor, baselineMs: parse, target: '≤ 1.5' },
  ]);
  const gc = exposeGc();
  gc();
  const before = process.memoryUsage();
  const store = await CaseStore.open(dir);
  gc();
  const after = process.memoryUsage();
  const disk = await diskSize(dir);
  const held = after.heapUsed + after.external - (before.heapUsed + before.external);
  console.log('');
  console.log('| memory after CaseStore.open | MB | ratio to the case folder on disk | target |');
  console.log('|---|---|---|---|');
  console.log(`| case folder on disk (baseline) | ${(disk / 1e6).toFixed(1)} | 1.00 | |`);
  console.log(`| heap + external held by the open case | ${(held / 1e6).toFixed(1)} | ${(held / disk).toFixed(2)} | ≤ 4 |`);
  console.log(`| process RSS (whole bench process) | ${(after.rss / 1e6).toFixed(1)} | ${(after.rss / disk).toFixed(2)} | |`);
  await store.close();
}

/** The bench runs without --expose-gc; V8 lets a running process switch it on. */
function exposeGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

// ---------------------------------------------------------------- one edit

async function benchEdit(dir: string): Promise<void> {
  const service = await openCaseService(dir, { appVersion: 'bench', anchorWorker: anchorWorkerBeside(import.meta.url), importWorker: importWorkerBeside(import.meta.url) });
  try {
    const client = createClient((method, input) => dispatch(service.handlers, method, input));
    // The last claim: an edit that found its claim by a scan would pay for every claim before it.
    const claim = service.store.data.claims.at(-1)!;
    let round = 0;
    const editOnce = () => client.updateClaim({ id: claim.id, patch: { rationale: `Checked, round ${++round}.` } });
    // Steady state, as an analyst's edits are: the first edit of a run also compiles code paths.
    await editOnce();
    const edit = await meanTime(EDIT_ROUNDS, editOnce);
    const line = `${JSON.stringify({ at: new Date().toISOString(), action: 'update', entity: 'claim', entityId: claim.id, before: claim, after: claim })}\n`;
    const appendFile = join(dir, 'bench-append.jsonl');
    await appendDurably(appendFile, line);
    const append = await meanTime(EDIT_ROUNDS, () => appendDurably(appendFile, line));
    await rm(appendFile, { force: true });
    const baseline = 'write + fsync of the change as one line';
    printTable(`one edit (mean of ${EDIT_ROUNDS})`, [
      { name: baseline, ms: append, baseline, baselineMs: append, target: '1' },
      { name: 'updateClaim through the service', ms: edit, baseline, baselineMs: append, target: '≤ 2' },
    ]);
  } finally {
    await service.close();
  }
}

async function appendDurably(file: string, line: string): Promise<void> {
  const handle = await open(file, 'a');
  try {
    await handle.write(line);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

// ---------------------------------------------------------------- commands

/** Each hot path as the CLI runs it, in this process: open the case, work, close. */
function hotPaths(dir: string, out: string): { name: string; argv: string[] }[] {
  return [
    { name: 'claimdesk claims', argv: ['claims', dir] },
    { name: 'claimdesk search', argv: ['search', dir, 'inflation', 'rose'] },
    { name: 'claimdesk export --format html', argv: ['export', dir, '--format', 'html', '--out', out] },
    { name: 'claimdesk export --format markdown', argv: ['export', dir, '--format', 'markdown', '--out', out] },
    { name: 'claimdesk check', argv: ['check', dir] },
    { name: 'claimdesk export --tag --verdict (filters)', argv: ['export', dir, '--format', 'markdown', '--tag', 'economy', '--verdict', 'false', '--out', out] },
  ];
}

const quiet = { log: () => undefined, error: (...words: unknown[]) => void console.error(...words) };

async function runQuietly(argv: string[]): Promise<void> {
  const code = await runCli(argv, quiet);
  // `check` exits with 1 when it finds gaps, which a generated case has.
  if (code !== 0 && !(argv[0] === 'check' && code === 1)) throw new Error(`claimdesk ${argv.join(' ')} exited with ${code}.`);
}

/** Resolves with each hot path's CPU time, in the order of hotPaths(). */
async function benchCommands(dir: string, parse: number): Promise<number[]> {
  console.log('');
  console.log(`| commands in process, best of ${ROUNDS} | ms | CPU ms | baseline | baseline ms | ratio | target |`);
  console.log('|---|---|---|---|---|---|---|');
  const cpuTimes: number[] = [];
  for (const path of hotPaths(dir, reportFile(dir))) {
    const { wall, cpu } = await bestTimes(() => runQuietly(path.argv));
    cpuTimes.push(cpu);
    console.log(`| ${path.name} | ${wall.toFixed(1)} | ${cpu.toFixed(1)} | read + JSON.parse | ${parse.toFixed(1)} | ${(wall / parse).toFixed(2)} | ≤ 4 |`);
  }
  return cpuTimes;
}

/** Best of ROUNDS, as wall-clock time and as this process's CPU time (all its threads), in milliseconds. */
async function bestTimes(work: () => Promise<void>): Promise<{ wall: number; cpu: number }> {
  const best = { wall: Infinity, cpu: Infinity };
  for (let round = 0; round < ROUNDS; round++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    await work();
    best.wall = Math.min(best.wall, performance.now() - started);
    const used = process.cpuUsage(cpu);
    best.cpu = Math.min(best.cpu, (used.user + used.system) / 1000);
  }
  return best;
}

/** Outside the case folder, so reports never count as part of the case. */
function reportFile(caseDir: string): string {
  return join(caseDir, '..', `${basename(caseDir)}-report.out`);
}

async function benchQueries(dir: string): Promise<void> {
  const service = await openCaseService(dir, { appVersion: 'bench', anchorWorker: anchorWorkerBeside(import.meta.url), importWorker: importWorkerBeside(import.meta.url) });
  try {
    const client = createClient((method, input) => dispatch(service.handlers, method, input));
    const first = await timeOnce(() => client.search({ query: QUERIES[0]! }));
    const rows: Row[] = [{ name: `first query after open (index loaded or built)`, ms: first, baseline: 'budget', baselineMs: QUERY_BUDGET_MS, target: '' }];
    for (const query of QUERIES) {
      const ms = await meanTime(QUERY_ROUNDS, () => client.search({ query }));
      rows.push({ name: `query “${query}”, warm`, ms, baseline: 'budget', baselineMs: QUERY_BUDGET_MS, target: '≤ 1' });
    }
    printTable(`search queries (mean of ${QUERY_ROUNDS})`, rows);
  } finally {
    await service.close();
  }
}

// ---------------------------------------------------------------- 1× against 10×

async function benchRegression(smallDir: string, small: CaseSize, large: CaseSize, atLarge: readonly number[]): Promise<boolean> {
  console.log('');
  console.log(`Regression check: the same commands on ${small.articles.toLocaleString('en-GB')} and ${large.articles.toLocaleString('en-GB')} articles`);
  console.log('');
  console.log(`| hot path | 1× CPU ms | 10× CPU ms | ratio | verdict (FAIL above ${REGRESSION_RATIO}) |`);
  console.log('|---|---|---|---|---|');
  let passed = true;
  for (const [index, path] of hotPaths(smallDir, reportFile(smallDir)).entries()) {
    const one = (await bestTimes(() => runQuietly(path.argv))).cpu;
    const ten = atLarge[index]!;
    const ratio = ten / one;
    const verdict = ratio > REGRESSION_RATIO ? 'FAIL' : 'ok';
    if (verdict === 'FAIL') passed = false;
    console.log(`| ${path.name} | ${one.toFixed(1)} | ${ten.toFixed(1)} | ${ratio.toFixed(1)} | ${verdict} |`);
  }
  return passed;
}
