// The benchmark corpus: saved news pages, one folder each, with the page as source.html.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

export const CORPUS = resolve(process.env.CLAIMDESK_CORPUS ?? '../shared/corpus/web-pages');
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

export interface Page {
  name: string;
  bytes: Uint8Array;
}

export function loadCorpus(): Page[] {
  if (!existsSync(CORPUS)) {
    console.error(`No corpus at ${CORPUS}. Set CLAIMDESK_CORPUS to a folder of <name>/source.html pages.`);
    process.exit(1);
  }
  return readdirSync(CORPUS)
    .filter((name) => existsSync(join(CORPUS, name, 'source.html')))
    .map((name) => ({ name, bytes: readFileSync(join(CORPUS, name, 'source.html')) }));
}

/** Best of ROUNDS total times of `work`, in milliseconds: the least disturbed run. */
export async function bestTime(work: () => void | Promise<void>): Promise<number> {
  let best = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    await work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}
