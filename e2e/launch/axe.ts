// Runs axe-core in a page of the app under test: the library's own source, injected
// (nothing fetched), and the findings that block or badly hinder a user.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const AXE_SOURCE = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The impacts the suite fails on: "serious" and "critical" block or badly hinder a user. */
const BLOCKING = new Set(['serious', 'critical']);

interface AxeResult {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

/** One line per blocking finding: the rule, what it asks, and up to three offending elements. */
export async function blockingFindings(page: Page, context = 'document'): Promise<string[]> {
  // Colours are measured as they settle: mid-way through a dialog's fade-in, text is paler than it will be.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  const hasAxe = await page.evaluate(() => 'axe' in window);
  // Evaluated rather than added as a <script>: the app's and the report's CSP refuse inline scripts, rightly.
  if (!hasAxe) await page.evaluate(await AXE_SOURCE);
  const violations = await page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: unknown[] }> } }).axe;
    const root = selector === 'document' ? document : document.querySelector(selector);
    return (await axe.run(root, { resultTypes: ['violations'] })).violations;
  }, context);
  return (violations as AxeResult[])
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .map((violation) => {
      const where = violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ');
      return `${violation.impact} ${violation.id} (${violation.nodes.length}): ${violation.help} — ${where}`;
    });
}
