// What `claimdesk import` reads: files as named, and folders as every file in them that
// Claimdesk can import, recursively, in a stable order.

import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileFormatOf } from '../shared/import-formats';

/**
 * The files to import, in order. A path that cannot be looked at is kept as given, so
 * the import reports it as failed with the others instead of stopping the run.
 */
export async function filesToImport(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const isFolder = await stat(path).then(
      (stats) => stats.isDirectory(),
      () => false,
    );
    files.push(...(isFolder ? await importableIn(path) : [path]));
  }
  return files;
}

/**
 * Hidden files and folders (".git", ".DS_Store") are not articles. Links to folders are
 * not followed, so a link back up the tree cannot loop.
 */
async function importableIn(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await importableIn(path)));
    else if ((entry.isFile() || entry.isSymbolicLink()) && fileFormatOf(entry.name) !== null) found.push(path);
  }
  // By code unit, not locale: the same folder imports in the same order on every machine.
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
