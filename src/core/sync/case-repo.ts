// A case folder as a git repository, through isomorphic-git (pure JavaScript: nothing to
// install on the analyst's machine). One branch, one remote. Commits are built from the
// case as the store settled it, never from the files as they stand, so a commit never
// holds half an edit; article bodies and originals never change, so a commit reuses
// their blobs from the one before and only new ones are hashed.

import fs from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import git, { type TreeEntry } from 'isomorphic-git';
import http from 'isomorphic-git/http/node';
import { SCHEMA_VERSION, type CaseData, type HistoryEntry } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';
import { sanitizeCaseData } from '../store';
import { articleFile, casePaths, originalFile } from '../store/case-paths';
import { checkCaseData } from '../store/case-shape';
import { writeFileDurably } from '../store/durable-file';
import { exists } from '../store/fs-helpers';
import { parseHistory } from '../store/history';

export const BRANCH = 'main';
const REMOTE = 'origin';
const HEAD_REF = `refs/heads/${BRANCH}`;
const REMOTE_REF = `refs/remotes/${REMOTE}/${BRANCH}`;

/** What stays on this machine: the lock, the panes, the search index, conflicts to settle, what a crash set aside. */
export const IGNORED = ['.claimdesk.lock', 'layout.json', 'search-index.bin', 'search-index.json', 'fingerprints.json', 'conflicts.json', 'history.jsonl.torn', 'quarantine/', '*.bak.json', '.*.tmp*'];
const GITIGNORE = `${IGNORED.join('\n')}\n`;

/** User name and token for an HTTPS remote; never written to the case folder. */
export interface Credentials {
  username: string;
  password: string;
}

/** A case as one commit holds it. */
export interface CommittedCase {
  data: CaseData;
  history: HistoryEntry[];
}

/** The case as the store settled it: the files to commit, and what they hold. */
export interface SettledCase {
  data: Readonly<CaseData>;
  snapshot: Uint8Array;
  history: Uint8Array;
}

export interface Author {
  name: string;
  email?: string;
}

export async function isShared(dir: string): Promise<boolean> {
  return exists(join(dir, '.git'));
}

export async function remoteUrl(dir: string): Promise<string | null> {
  if (!(await isShared(dir))) return null;
  const url: unknown = await git.getConfig({ fs, dir, path: `remote.${REMOTE}.url` });
  return typeof url === 'string' ? url : null;
}

/** Makes the folder a repository with that remote; a second share only changes the remote. */
export async function initRepo(dir: string, url: string): Promise<void> {
  if (!(await isShared(dir))) await git.init({ fs, dir, defaultBranch: BRANCH });
  await git.addRemote({ fs, dir, remote: REMOTE, url, force: true });
  await writeFile(join(dir, '.gitignore'), GITIGNORE);
}

export async function localHead(dir: string): Promise<string | null> {
  return resolveOrNull(dir, HEAD_REF);
}

export async function remoteHead(dir: string): Promise<string | null> {
  return resolveOrNull(dir, REMOTE_REF);
}

export async function setLocalHead(dir: string, oid: string): Promise<void> {
  await git.writeRef({ fs, dir, ref: HEAD_REF, value: oid, force: true });
}

/** Commits the settled case on top of `parents`, and makes it the branch's head. */
export async function commitCase(dir: string, settled: SettledCase, parents: string[], message: string, author: Author): Promise<string> {
  const previous = parents[0] ? await filesAt(dir, parents[0]) : new Map<string, string>();
  const tree = await git.writeTree({
    fs,
    dir,
    tree: [
      await blobEntry(dir, '.gitignore', new TextEncoder().encode(GITIGNORE)),
      await blobEntry(dir, 'claimdesk.json', settled.snapshot),
      await blobEntry(dir, 'history.jsonl', settled.history),
      ...(await folderEntries(dir, 'articles', settled.data.articles.map((article) => `${article.id}.json`), previous)),
      ...(await folderEntries(dir, 'originals', [...new Set(settled.data.articles.map((article) => article.sha256))], previous)),
    ],
  });
  return git.commit({ fs, dir, message, author, tree, parent: parents, ref: HEAD_REF });
}

/** The case and history a commit holds, checked as opening a case checks them. */
export async function readCaseAt(dir: string, commit: string): Promise<CommittedCase> {
  const label = `claimdesk.json of commit ${commit.slice(0, 8)}`;
  const raw = JSON.parse(await readText(dir, commit, 'claimdesk.json')) as { journal?: unknown; workspace?: { schemaVersion?: unknown } };
  const { journal: _mark, ...rest } = raw;
  if (rest.workspace?.schemaVersion !== SCHEMA_VERSION) {
    throw new ClaimdeskError(
      'newer-schema',
      `The shared copy of this case was saved by another version of Claimdesk (${label}). ` +
        'Every analyst of the case needs the same version to sync. Nothing was changed.',
    );
  }
  const data = sanitizeCaseData(checkCaseData(rest, label));
  const history = parseHistory(await readText(dir, commit, 'history.jsonl').catch(() => ''))
    .filter((line) => line.saved)
    .map((line) => line.entry);
  return { data, history };
}

/** Writes the article bodies and originals the case names and this folder lacks, from a commit. */
export async function writeMissingFiles(dir: string, commit: string, data: Readonly<CaseData>): Promise<void> {
  const paths = casePaths(dir);
  // Through case-paths, which refuses an id that would point outside the case folder.
  const files = new Map([
    ...data.articles.map((article) => [`articles/${article.id}.json`, articleFile(paths, article.id)] as const),
    ...data.articles.map((article) => [`originals/${article.sha256}`, originalFile(paths, article.sha256)] as const),
  ]);
  const present = await filesAt(dir, commit);
  for (const [name, file] of files) {
    const oid = present.get(name);
    if (!oid || (await exists(file))) continue;
    const { blob } = await git.readBlob({ fs, dir, oid });
    await mkdir(dirname(file), { recursive: true });
    await writeFileDurably(file, blob);
  }
}

/** Brings the remote's branch; null when the remote has none yet. Unreachable: a ClaimdeskError, nothing changed. */
export async function fetchRemote(dir: string, credentials: Credentials | null): Promise<string | null> {
  await reach(dir, credentials, () => git.fetch({ fs, http, dir, remote: REMOTE, ref: BRANCH, singleBranch: true, tags: false, onAuth: authOf(credentials) }));
  return remoteHead(dir);
}

export async function pushRemote(dir: string, credentials: Credentials | null): Promise<void> {
  const result = await reach(dir, credentials, () => git.push({ fs, http, dir, remote: REMOTE, ref: BRANCH, onAuth: authOf(credentials) }));
  if (!result.ok) throw new ClaimdeskError('unavailable', `The remote refused the sync (${result.error ?? 'no reason given'}). Sync again.`);
  const head = await localHead(dir);
  if (head) await git.writeRef({ fs, dir, ref: REMOTE_REF, value: head, force: true });
}

/** Clones into an empty or new folder. */
export async function cloneRepo(dir: string, url: string, credentials: Credentials | null): Promise<void> {
  await mkdir(dir, { recursive: true });
  await reach(dir, credentials, () => git.clone({ fs, http, dir, url, ref: BRANCH, singleBranch: true, noTags: true, onAuth: authOf(credentials) }), url);
}

export async function mergeBase(dir: string, a: string, b: string): Promise<string | null> {
  const bases = (await git.findMergeBase({ fs, dir, oids: [a, b] })) as string[];
  return bases[0] ?? null;
}

export async function isAncestor(dir: string, ancestor: string, oid: string): Promise<boolean> {
  if (ancestor === oid) return true;
  return git.isDescendent({ fs, dir, oid, ancestor, depth: -1 });
}

export async function readLocalFile(dir: string, name: string): Promise<Uint8Array> {
  return readFile(join(dir, name));
}

async function reach<T>(dir: string, credentials: Credentials | null, operation: () => Promise<T>, url?: string): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    const where = url ?? (await remoteUrl(dir)) ?? 'the remote';
    throw unreachable(where, credentials, error);
  }
}

function unreachable(url: string, credentials: Credentials | null, error: unknown): ClaimdeskError {
  const { code, message, data } = error as { code?: string; message?: string; data?: { statusCode?: number } };
  if (code === 'HttpError' && (data?.statusCode === 401 || data?.statusCode === 403)) {
    const why = credentials ? `refused the user name and token given (${credentials.username})` : 'asks for a user name and token';
    return new ClaimdeskError('credentials-needed', `${url} ${why}. Nothing was changed.`);
  }
  if (code === 'PushRejectedError') {
    return new ClaimdeskError('unavailable', `Someone synced with ${url} at the same moment. Sync again. Nothing was lost.`);
  }
  return new ClaimdeskError(
    'unavailable',
    `Cannot reach ${url} (${message ?? String(error)}). Nothing was changed; your edits stay here and go at the next sync.`,
  );
}

function authOf(credentials: Credentials | null) {
  return credentials ? () => ({ username: credentials.username, password: credentials.password }) : undefined;
}

async function resolveOrNull(dir: string, ref: string): Promise<string | null> {
  try {
    return await git.resolveRef({ fs, dir, ref });
  } catch {
    return null;
  }
}

async function readText(dir: string, commit: string, filepath: string): Promise<string> {
  const { blob } = await git.readBlob({ fs, dir, oid: commit, filepath });
  return new TextDecoder().decode(blob);
}

async function blobEntry(dir: string, path: string, bytes: Uint8Array): Promise<TreeEntry> {
  return { mode: '100644', path, oid: await git.writeBlob({ fs, dir, blob: bytes }), type: 'blob' };
}

/** A folder's tree: files of the commit before keep their blob, new ones are read and stored. */
async function folderEntries(dir: string, folder: string, names: readonly string[], previous: Map<string, string>): Promise<TreeEntry[]> {
  const entries: TreeEntry[] = [];
  for (const name of names) {
    const known = previous.get(`${folder}/${name}`);
    if (known) {
      entries.push({ mode: '100644', path: name, oid: known, type: 'blob' });
      continue;
    }
    const bytes = await readFile(join(dir, folder, name)).catch(() => null);
    if (bytes) entries.push(await blobEntry(dir, name, bytes));
  }
  if (entries.length === 0) return [];
  const oid = await git.writeTree({ fs, dir, tree: entries });
  return [{ mode: '040000', path: folder, oid, type: 'tree' }];
}

/** Every article and original a commit holds, by path, with its blob. */
async function filesAt(dir: string, commit: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const folder of ['articles', 'originals']) {
    try {
      const { tree } = await git.readTree({ fs, dir, oid: commit, filepath: folder });
      for (const entry of tree) files.set(`${folder}/${entry.path}`, entry.oid);
    } catch {
      // A case without articles has no such folder.
    }
  }
  return files;
}
