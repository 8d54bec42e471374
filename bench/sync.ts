// Syncing a shared case: a case of 1,000 articles with 100 edits on each side, against
// git itself (the CLI) fetching the same commit and pushing a commit of the same files,
// against the same smart-HTTP server in the same run. One round: a sync changes the
// repositories it measures.

import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Claim } from '../src/shared/model';
import { CaseStore, revise } from '../src/core/store';
import { cloneCase, shareCase, syncCase } from '../src/core/sync';
import { startGitServer } from '../src/core/sync/test-git-server';
import { generateLargeCase } from './large-case';

const SIZE = { articles: 1_000, claims: 2_000, sources: 200, evidence: 2_000, history: 2_000 };
const EDITS_PER_SIDE = 100;
/** Asynchronous: the git server answers from this same process. */
const run = promisify(execFile);

export async function benchSync(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'claimdesk-bench-sync-'));
  const server = await startGitServer(join(root, 'server'));
  try {
    const url = server.newRepo('case.git');
    const [anaDir, benDir, gitDir] = ['ana', 'ben', 'git'].map((name) => join(root, name)) as [string, string, string];
    await generateLargeCase(anaDir, SIZE);
    const ana = await CaseStore.open(anaDir);
    await shareCase(ana, url, null);
    await cloneCase(url, benDir, { analyst: 'Ben', credentials: null });
    await run('git', ['clone', '--quiet', url, gitDir]);
    const ben = await CaseStore.open(benDir);

    await editClaims(ana, 0, { rationale: 'Checked against the ministry’s figures.' });
    await editClaims(ben, EDITS_PER_SIDE, { claimant: 'Bench claimant' });
    await syncCase(ana, null);
    // What git is given: the files Ben's sync commits, as they stand before it.
    await ben.settled(async () => {
      for (const file of ['claimdesk.json', 'history.jsonl']) await cp(join(benDir, file), join(gitDir, file));
    });

    const started = performance.now();
    const result = await syncCase(ben, null);
    const syncMs = performance.now() - started;

    const git = (...args: string[]) => run('git', ['-C', gitDir, ...args]);
    await git('-c', 'user.name=Bench', '-c', 'user.email=bench@example.org', 'commit', '--quiet', '-am', 'Bench edits');
    const gitStarted = performance.now();
    await git('fetch', '--quiet', 'origin');
    await git('push', '--quiet', 'origin', 'HEAD:refs/heads/baseline');
    const gitMs = performance.now() - gitStarted;

    await Promise.all([ana.close(), ben.close()]);
    console.log('');
    console.log(`Sync of a case of ${SIZE.articles} articles, ${SIZE.claims} claims, ${EDITS_PER_SIDE} edits on each side (sent ${result.sent}, received ${result.received})`);
    console.log('');
    console.log('| operation | time (ms) | ratio to baseline |');
    console.log('|---|---|---|');
    console.log(`| git CLI: fetch + push (baseline) | ${gitMs.toFixed(0)} | 1.0 |`);
    console.log(`| Claimdesk sync: commit, fetch, merge by entity, push | ${syncMs.toFixed(0)} | ${(syncMs / gitMs).toFixed(1)} |`);
  } finally {
    await server.stop();
    await rm(root, { recursive: true, force: true });
  }
}

/** One edit per claim, as an analyst makes them, from the claim at `from` on. */
async function editClaims(store: CaseStore, from: number, patch: Partial<Claim>): Promise<void> {
  for (const { id } of store.data.claims.slice(from, from + EDITS_PER_SIDE)) {
    await store.edit((draft, journal) => {
      const claim = revise(draft.claims, draft.claims.find((candidate) => candidate.id === id)!);
      const before = structuredClone(claim);
      Object.assign(claim, patch);
      journal.updated('claim', id, before, claim);
    });
  }
}
