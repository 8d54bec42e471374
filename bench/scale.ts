// A desk's year in one case (issue 11): opening, editing, listing, searching, reporting
// and checking a generated case of 10,000 articles and 50,000 claims, each as a ratio to
// a baseline measured in the same run. Every hot path also runs on a tenth of the case:
// linear code takes about 10× as long on 10× the data, and more than REGRESSION_RATIO
// times is printed as FAIL, which makes the bench exit with an error. That check compares
// the process's CPU time, which other programs on a busy machine disturb far less than
// the wall-clock time, of runs that alternate between the two sizes and each start on a
// collected heap (see benchCommands).

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
import { benchSearch } from './scale-search';
import { percentile, printTable, timeOnce } from './table';

/** 10× the data may take this many times as long before the bench calls it a regression. */
export const REGRESSION_RATIO = 12;
const EDIT_ROUNDS = 50;
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
    const measured = await benchCommands(largeDir, smallDir, parse);
    await benchSearch(largeDir, parse);
    return printRegression(small, large, measured);
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
    const line = `${JSON.stringify({ at: new Date().toISOString(), action: 'update', entity: 'claim', entityId: claim.id, before: claim, after: claim })}\n`;
    const appendFile = join(dir, 'bench-append.jsonl');
    const appendOnce = () => appendDurably(appendFile, line);
    // Steady state, as an analyst's edits are: the first edit of a run also compiles code paths.
    await editOnce();
    await appendOnce();
    // In alternation, so both see the same load from other programs; medians, so one stall
    // of the disk or of the machine does not decide the figure.
    const edits: Times[] = [];
    const appends: Times[] = [];
    for (let at = 0; at < EDIT_ROUNDS; at++) {
      edits.push(await timed(editOnce));
      appends.push(await timed(appendOnce));
    }
    await rm(appendFile, { force: true });
    const median = (samples: readonly Times[], of: keyof Times) => percentile(samples.map((times) => times[of]), 0.5);
    const baseline = 'write + fsync of the change as one line';
    const cpuBaseline = `${baseline}, CPU time`;
    printTable(`one edit (median of ${EDIT_ROUNDS}, alternating with the baseline)`, [
      { name: baseline, ms: median(appends, 'wall'), baseline, baselineMs: median(appends, 'wall'), target: '1' },
      { name: 'updateClaim through the service', ms: median(edits, 'wall'), baseline, baselineMs: median(appends, 'wall'), target: '≤ 2' },
      { name: 'updateClaim through the service, CPU time', ms: median(edits, 'cpu'), baseline: cpuBaseline, baselineMs: median(appends, 'cpu'), target: '' },
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

interface Times {
  wall: number;
  cpu: number;
}

/** Each hot path's best times on the desk-scale case and on a tenth of it, in the order of hotPaths(). */
interface Measured {
  name: string;
  large: Times;
  small: Times;
}

/**
 * Runs each hot path on both cases in alternation, so both sizes see the same load from
 * other programs, and prints the desk-scale figures. Each run starts after a full garbage
 * collection: otherwise a run pays for collecting what the one before it left, which is
 * ten times more after a run on the large case, and the 1×/10× ratio grows without any
 * code growing faster than linearly.
 */
async function benchCommands(largeDir: string, smallDir: string, parse: number): Promise<Measured[]> {
  console.log('');
  console.log(`| commands in process, best of ${ROUNDS} | ms | CPU ms | baseline | baseline ms | ratio | target |`);
  console.log('|---|---|---|---|---|---|---|');
  const gc = exposeGc();
  const measured: Measured[] = [];
  const smallPaths = hotPaths(smallDir, reportFile(smallDir));
  for (const [index, path] of hotPaths(largeDir, reportFile(largeDir)).entries()) {
    const large = { wall: Infinity, cpu: Infinity };
    const small = { wall: Infinity, cpu: Infinity };
    for (let round = 0; round < ROUNDS; round++) {
      keepBest(large, await timed(() => runQuietly(path.argv), gc));
      keepBest(small, await timed(() => runQuietly(smallPaths[index]!.argv), gc));
    }
    measured.push({ name: path.name, large, small });
    console.log(`| ${path.name} | ${large.wall.toFixed(1)} | ${large.cpu.toFixed(1)} | read + JSON.parse | ${parse.toFixed(1)} | ${(large.wall / parse).toFixed(2)} | ≤ 4 |`);
  }
  return measured;
}

/** One run's wall-clock time and this process's CPU time (all its threads), in milliseconds; `before` (a full collection) is not counted. */
async function timed(work: () => Promise<unknown>, before?: () => void): Promise<Times> {
  before?.();
  const cpu = process.cpuUsage();
  const started = performance.now();
  await work();
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

function keepBest(best: Times, times: Times): void {
  best.wall = Math.min(best.wall, times.wall);
  best.cpu = Math.min(best.cpu, times.cpu);
}

/** Outside the case folder, so reports never count as part of the case. */
function reportFile(caseDir: string): string {
  return join(caseDir, '..', `${basename(caseDir)}-report.out`);
}

// ---------------------------------------------------------------- 1× against 10×

function printRegression(small: CaseSize, large: CaseSize, measured: readonly Measured[]): boolean {
  console.log('');
  console.log(`Regression check: the same commands on ${small.articles.toLocaleString('en-GB')} and ${large.articles.toLocaleString('en-GB')} articles`);
  console.log('');
  console.log(`| hot path | 1× CPU ms | 10× CPU ms | ratio | verdict (FAIL above ${REGRESSION_RATIO}) |`);
  console.log('|---|---|---|---|---|');
  let passed = true;
  for (const { name, small: one, large: ten } of measured) {
    const ratio = ten.cpu / one.cpu;
    const verdict = ratio > REGRESSION_RATIO ? 'FAIL' : 'ok';
    if (verdict === 'FAIL') passed = false;
    console.log(`| ${name} | ${one.cpu.toFixed(1)} | ${ten.cpu.toFixed(1)} | ${ratio.toFixed(1)} | ${verdict} |`);
  }
  return passed;
}
