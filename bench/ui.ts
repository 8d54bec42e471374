// The UI on a desk-scale case, in the browser host with Chromium: how long until the
// case shows, until an article opens and until a claim is selected, and the longest
// main-thread task of each. Each against a baseline measured in the same run: the first
// paint against startup (the first paint of a small case) plus JSON.parse of the case
// file; opening and selecting against the same actions on the small case.

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { findChromium, OFFLINE_CHROMIUM_ARGS } from '../src/core/chromium/find-chromium';
import { startHost } from '../e2e/launch/host';
import { DESK_SCALE, generateLargeCase, type CaseSize } from './large-case';

/** A hundredth of the desk: what a small case looks like to the same screens. */
const SMALL: CaseSize = { articles: 100, claims: 500, sources: 50, evidence: 500, history: 1_000 };
const PARSE_ROUNDS = 3;
const WAIT = 600_000;

interface UiTimes {
  firstPaint: number;
  openArticle: number;
  selectClaim: number;
  /** How long the host took to answer the calls an action left behind (saving the panes' layout). */
  settle: { firstPaint: number; openArticle: number };
  /** The longest main-thread task of each action, in ms (0 when none passed 50 ms). */
  longest: { firstPaint: number; openArticle: number; selectClaim: number };
}

export async function benchUi(size: CaseSize = DESK_SCALE): Promise<void> {
  const cli = resolve(import.meta.dirname, 'cli.js');
  const small = await mkdtemp(join(tmpdir(), 'claimdesk-bench-ui-small-'));
  const large = await mkdtemp(join(tmpdir(), 'claimdesk-bench-ui-large-'));
  const executablePath = findChromium([]);
  if (!executablePath) throw new Error('The UI bench needs Chromium (set CHROMIUM_PATH).');
  const browser = await chromium.launch({ executablePath, args: OFFLINE_CHROMIUM_ARGS });
  try {
    await generateLargeCase(small, SMALL);
    await generateLargeCase(large, size);
    const parse = await parseTime(join(large, 'claimdesk.json'));
    const smallTimes = await measure(browser, cli, small);
    const largeTimes = await measure(browser, cli, large);
    report(size, parse, smallTimes, largeTimes);
  } finally {
    await browser.close();
    await rm(small, { recursive: true, force: true });
    await rm(large, { recursive: true, force: true });
  }
}

async function parseTime(file: string): Promise<number> {
  const text = await readFile(file, 'utf8');
  let best = Infinity;
  for (let round = 0; round < PARSE_ROUNDS; round++) {
    const started = performance.now();
    JSON.parse(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

async function measure(browser: Browser, cli: string, dir: string): Promise<UiTimes> {
  const host = await startHost({ cli, caseDir: dir });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(watchLongTasks);
    const settled = hostCalls(page);
    const firstPaint = await timed(page, async () => {
      await page.goto(host.url, { timeout: WAIT });
      await claimRows(page).first().waitFor({ timeout: WAIT });
      await articleRows(page).first().waitFor({ timeout: WAIT });
    });
    const settleFirstPaint = await settled();
    const openArticle = await timed(page, async () => {
      const row = articleRows(page).nth(2);
      const title = (await row.locator('.title').textContent())?.trim() ?? '';
      await row.click();
      const pane = page.getByRole('main', { name: 'Articles' });
      await pane.getByRole('heading', { name: title }).first().waitFor({ timeout: WAIT });
      await pane.locator('mark[data-claim-id]').first().waitFor({ timeout: WAIT });
    });
    const settleOpenArticle = await settled();
    const selectClaim = await timed(page, async () => {
      const row = claimRows(page).nth(3);
      const id = await row.getAttribute('data-claim-id');
      await row.click();
      await page.locator(`mark[data-claim-id="${id}"]`).first().waitFor({ timeout: WAIT });
      await page.getByRole('complementary', { name: 'Claim inspector' }).getByLabel('Statement').waitFor({ timeout: WAIT });
    });
    return {
      firstPaint: firstPaint.ms,
      openArticle: openArticle.ms,
      selectClaim: selectClaim.ms,
      settle: { firstPaint: settleFirstPaint, openArticle: settleOpenArticle },
      longest: { firstPaint: firstPaint.longest, openArticle: openArticle.longest, selectClaim: selectClaim.longest },
    };
  } finally {
    await context.close();
    await host.stop();
  }
}

function claimRows(page: Page) {
  return page.locator('[aria-labelledby="claims-heading"] [data-claim-id]');
}

function articleRows(page: Page) {
  return page.getByRole('navigation', { name: 'Case' }).locator('section').first().locator('li button.item');
}

/** Quiet for this long with no API call open: the host is done with what the last action asked. */
const QUIET = 1_000;

/**
 * Each action is timed from a host with nothing left to do, so it does not wait for the
 * previous one's layout save. Returns a wait for that, which gives how long it took.
 */
function hostCalls(page: Page): () => Promise<number> {
  let open = 0;
  let lastChange = performance.now();
  const change = (step: number) => (request: { url(): string }) => {
    if (!request.url().includes('/api/')) return;
    open += step;
    lastChange = performance.now();
  };
  page.on('request', change(1));
  page.on('requestfinished', change(-1));
  page.on('requestfailed', change(-1));
  return async () => {
    const started = performance.now();
    while (open > 0 || performance.now() - lastChange < QUIET) await page.waitForTimeout(100);
    return Math.max(0, lastChange - started);
  };
}

/** Runs in the page before its scripts: keeps the longest task since the last reset. */
function watchLongTasks(): void {
  const state = { longest: 0 };
  (window as unknown as { benchLongTasks: typeof state }).benchLongTasks = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longest = Math.max(state.longest, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}

async function timed(page: Page, action: () => Promise<void>): Promise<{ ms: number; longest: number }> {
  await page.evaluate(() => ((window as unknown as { benchLongTasks: { longest: number } }).benchLongTasks.longest = 0)).catch(() => undefined);
  const started = performance.now();
  await action();
  const ms = performance.now() - started;
  // Let the observer deliver the last tasks of the action.
  await page.waitForTimeout(200);
  const longest = await page.evaluate(() => (window as unknown as { benchLongTasks: { longest: number } }).benchLongTasks.longest);
  return { ms, longest };
}

function report(size: CaseSize, parse: number, small: UiTimes, large: UiTimes): void {
  const startupBudget = (ms: number) => (ms - small.firstPaint) / parse;
  const row = (name: string, ms: number, baseline: string, ratio: number, longest: number) =>
    `| ${name} | ${ms.toFixed(0)} | ${baseline} | ${ratio.toFixed(2)} | ${longest.toFixed(0)} |`;
  console.log('');
  console.log(
    `UI in the browser host (Chromium), ${size.articles} articles and ${size.claims} claims against ${SMALL.articles} and ${SMALL.claims}; ` +
      `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
  );
  console.log('');
  console.log('| action | ms | baseline | ratio | longest task (ms) |');
  console.log('|---|---|---|---|---|');
  console.log(`| baseline: JSON.parse of claimdesk.json | ${parse.toFixed(0)} | | | |`);
  console.log(row('first paint, small case (startup)', small.firstPaint, '', 1, small.longest.firstPaint));
  console.log(row('first paint, large case: (ms − startup) / parse (goal ≤ 8)', large.firstPaint, 'parse', startupBudget(large.firstPaint), large.longest.firstPaint));
  console.log(row('open an article (goal ≤ 2)', large.openArticle, `${small.openArticle.toFixed(0)} small`, large.openArticle / small.openArticle, large.longest.openArticle));
  console.log(row('select a claim (goal ≤ 2)', large.selectClaim, `${small.selectClaim.toFixed(0)} small`, large.selectClaim / small.selectClaim, large.longest.selectClaim));
  console.log('');
  console.log(
    `The host, after the first paint and after opening an article, was busy for ${large.settle.firstPaint.toFixed(0)} and ` +
      `${large.settle.openArticle.toFixed(0)} ms more (${small.settle.firstPaint.toFixed(0)} and ${small.settle.openArticle.toFixed(0)} on the small case): ` +
      'saving the panes\' layout, an edit of the case. The actions above are timed after it.',
  );
}
