// The scale section's tables and timers: each figure beside the baseline it is a ratio of.

export interface Row {
  name: string;
  ms: number;
  baseline: string;
  baselineMs: number;
  target: string;
}

export function printTable(title: string, rows: readonly Row[]): void {
  console.log('');
  console.log(`| ${title} | ms | baseline | baseline ms | ratio | target |`);
  console.log('|---|---|---|---|---|---|');
  for (const row of rows) {
    const ratio = row.ms / row.baselineMs;
    console.log(`| ${row.name} | ${milliseconds(row.ms)} | ${row.baseline} | ${milliseconds(row.baselineMs)} | ${ratio.toFixed(2)} | ${row.target} |`);
  }
}

/** A tenth of a millisecond, or a hundredth below one: an edit takes less than a millisecond. */
function milliseconds(ms: number): string {
  return ms < 1 ? ms.toFixed(2) : ms.toFixed(1);
}

export async function timeOnce(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** The value below which `share` (0–1) of the samples fall. */
export function percentile(samples: readonly number[], share: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}
