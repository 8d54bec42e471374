// Share, sync and clone a case, over an open store: the store keeps taking edits while a
// sync talks to the remote, and a merge lands through it in one step. A sync fetches
// first, so a remote out of reach changes nothing; then it commits what was edited here,
// merges what came by entity against the commit both sides share, and pushes.

import fs from 'node:fs';
import git from 'isomorphic-git';
import type { CaseData, HistoryEntry } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';
import type { SyncResult } from '../../shared/sync';
import { CaseStore, type OpenOptions } from '../store';
import { actorOf, parseHistory } from '../store/history';
import {
  cloneRepo,
  commitCase,
  fetchRemote,
  initRepo,
  isAncestor,
  localHead,
  mergeBase,
  pushRemote,
  readCaseAt,
  readLocalFile,
  remoteUrl,
  setLocalHead,
  writeMissingFiles,
  type Author,
  type CommittedCase,
  type Credentials,
  type SettledCase,
} from './case-repo';
import { readConflicts, shown, writeConflicts, type StoredConflict } from './conflicts-file';
import { itemChanges, summarize } from './edit-summary';
import { mergeCases, type MergeConflict } from './merge';
import { entriesAfter, mergeHistories } from './merge-history';

/** Makes the case a repository with that remote, commits it and sends it. */
export async function shareCase(store: CaseStore, url: string, credentials: Credentials | null): Promise<SyncResult> {
  if (!/^https?:\/\/[^\s]+$/i.test(url)) {
    throw new ClaimdeskError('invalid-input', `"${url}" is not a git remote Claimdesk can reach: give an http:// or https:// address. Nothing was changed.`);
  }
  await initRepo(store.dir, url);
  return syncCase(store, credentials);
}

export async function syncCase(store: CaseStore, credentials: Credentials | null): Promise<SyncResult> {
  const dir = store.dir;
  if ((await remoteUrl(dir)) === null) {
    throw new ClaimdeskError('invalid-input', `The case ${dir} is not shared yet: share it with a remote first. Nothing was changed.`);
  }
  const theirs = await fetchRemote(dir, credentials);
  const head = await commitLocal(store);
  const result = theirs === null || (await isAncestor(dir, theirs, head)) ? await sendOnly(dir, theirs, head) : await merge(store, head, theirs);
  if ((await localHead(dir)) !== theirs) await pushRemote(dir, credentials);
  return { ...result, conflicts: (await readConflicts(dir)).map(shown) };
}

/** Clones a shared case into a new folder; with an analyst, this copy's edits carry that name. */
export async function cloneCase(url: string, dir: string, options: { analyst?: string; credentials: Credentials | null; open?: OpenOptions }): Promise<void> {
  await cloneRepo(dir, url, options.credentials);
  const store = await CaseStore.open(dir, options.open);
  try {
    const analyst = options.analyst?.trim();
    if (analyst && analyst !== store.data.workspace.analyst) {
      await store.edit((draft, journal) => {
        const before = draft.workspace;
        draft.workspace = { ...before, analyst };
        journal.updated('workspace', before.id, before, draft.workspace);
      });
    }
  } finally {
    await store.close();
  }
}

/** How many changes to items were made here since the last commit: what the next sync sends. */
export async function changesToSend(store: CaseStore): Promise<number> {
  const head = await localHead(store.dir);
  if (head === null) return 0;
  // Asked every few seconds by the Sync button: counted again only after an edit or a commit.
  const key = `${head}|${store.seq}`;
  const known = counted.get(store);
  if (known?.key === key) return known.count;
  const count = itemChanges((await readCaseAt(store.dir, head)).data, store.data).length;
  counted.set(store, { key, count });
  return count;
}

const counted = new WeakMap<CaseStore, { key: string; count: number }>();

/** Commits the case as settled now, if anything changed since the last commit; the branch's head. */
async function commitLocal(store: CaseStore): Promise<string> {
  const dir = store.dir;
  const head = await localHead(dir);
  const settled = await settle(store);
  const committed = head ? await readCaseAt(dir, head) : null;
  if (head && committed && !changedSince(committed, settled)) return head;
  const message = committed ? summarize(itemChanges(committed.data, settled.data)) : `Shared the case "${settled.data.workspace.name}"`;
  return commitCase(dir, settled, head ? [head] : [], message, await authorOf(dir, settled.data));
}

async function sendOnly(dir: string, theirs: string | null, head: string): Promise<Omit<SyncResult, 'conflicts'>> {
  if (theirs === head) return { sent: 0, received: 0 };
  const before = theirs ? (await readCaseAt(dir, theirs)).data : null;
  const after = (await readCaseAt(dir, head)).data;
  return { sent: before ? itemChanges(before, after).length : countItems(after), received: 0 };
}

async function merge(store: CaseStore, head: string, theirs: string): Promise<Omit<SyncResult, 'conflicts'>> {
  const dir = store.dir;
  const baseOid = await mergeBase(dir, head, theirs);
  if (baseOid === null) {
    throw new ClaimdeskError(
      'invalid-input',
      'The remote holds another case, or this case shared afresh: the two have no commit in common. Clone the remote into a new folder instead. Nothing was changed.',
    );
  }
  const [base, mine, other] = await Promise.all([readCaseAt(dir, baseOid), readCaseAt(dir, head), readCaseAt(dir, theirs)]);
  await writeMissingFiles(dir, theirs, other.data);
  let found: MergeConflict[] = [];
  let mineNow: CommittedCase = mine;
  await store.replace((data, history) => {
    const { merged, conflicts } = mergeCases(base.data, data, other.data);
    found = conflicts;
    mineNow = { data: data as CaseData, history };
    return { data: merged, history: mergeHistories(history, other.history) };
  });
  await keepConflicts(dir, found, { base, mine: mineNow, theirs: other });
  if (await isAncestor(dir, head, theirs)) {
    await setLocalHead(dir, theirs);
    await commitLocal(store);
  } else {
    const message = `Merged ${actorOf(other.data.workspace)}'s edits: ${summarize(itemChanges(base.data, other.data)).toLowerCase()}`;
    await commitCase(dir, await settle(store), [head, theirs], message, await authorOf(dir, store.data));
  }
  return { sent: itemChanges(base.data, mine.data).length, received: itemChanges(base.data, other.data).length };
}

/** Adds the merge's conflicts to those still unresolved, each with who changed either side and when. */
async function keepConflicts(dir: string, found: readonly MergeConflict[], sides: { base: CommittedCase; mine: CommittedCase; theirs: CommittedCase }): Promise<void> {
  if (found.length === 0) return;
  const myEntries = entriesAfter(sides.base.history, sides.mine.history);
  const theirEntries = entriesAfter(sides.base.history, sides.theirs.history);
  const stored = new Map((await readConflicts(dir)).map((conflict) => [conflict.id, conflict]));
  for (const conflict of found) {
    const mineLast = lastTouching(myEntries, conflict);
    const theirsLast = lastTouching(theirEntries, conflict);
    stored.set(conflict.id, {
      ...conflict,
      myAnalyst: mineLast?.actor ?? actorOf(sides.mine.data.workspace),
      theirAnalyst: theirsLast?.actor ?? actorOf(sides.theirs.data.workspace),
      myAt: mineLast?.at ?? null,
      theirAt: theirsLast?.at ?? null,
    } satisfies StoredConflict);
  }
  await writeConflicts(dir, [...stored.values()]);
}

function lastTouching(entries: readonly HistoryEntry[], conflict: MergeConflict): HistoryEntry | undefined {
  return entries.findLast((entry) => entry.entity === conflict.entity && entry.entityId === conflict.entityId);
}

function settle(store: CaseStore): Promise<SettledCase> {
  return store.settled(async (data) => ({
    data,
    snapshot: await readLocalFile(store.dir, 'claimdesk.json'),
    history: await readLocalFile(store.dir, 'history.jsonl'),
  }));
}

function changedSince(committed: CommittedCase, settled: SettledCase): boolean {
  if (itemChanges(committed.data, settled.data).length > 0) return true;
  const history = parseHistory(new TextDecoder().decode(settled.history)).filter((line) => line.saved).map((line) => line.entry);
  return entriesAfter(committed.history, history).length > 0;
}

/** The case's analyst, with the e-mail git knows for this folder, if any. */
async function authorOf(dir: string, data: Readonly<CaseData>): Promise<Author> {
  const email: unknown = await git.getConfig({ fs, dir, path: 'user.email' });
  return { name: actorOf(data.workspace), ...(typeof email === 'string' ? { email } : {}) };
}

function countItems(data: Readonly<CaseData>): number {
  return data.articles.length + data.claims.length + data.appearances.length + data.sources.length + data.evidence.length + data.tags.length;
}
