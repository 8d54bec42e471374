// Files dropped or chosen, folders included, in name order, skipping hidden files and
// folders as the CLI's folder import does. A folder's files of other types are listed
// as skipped, with why, so the summary says what was left out.

import { fileFormatOf, unsupportedReason } from '../../shared/import-formats';

/** A file with the path it was found under, for the import summary. */
export interface FoundFile {
  path: string;
  file: File;
  /** Why the file is not imported (its type); absent for a file to import. */
  skipped?: string;
}

const foundIn = (path: string, file: File): FoundFile =>
  fileFormatOf(path) === null ? { path, file, skipped: unsupportedReason(path) } : { path, file };

const isHidden = (name: string) => name.startsWith('.');

/** From a folder input (webkitdirectory): its visible files. */
export function filesFromFolderInput(files: readonly File[]): FoundFile[] {
  return files
    .map((file) => foundIn(file.webkitRelativePath || file.name, file))
    .filter(({ path }) => !path.split('/').some(isHidden))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * From a drop: a dropped file is imported whatever its type (so a wrong one gets its
 * error); a dropped folder is walked for the files Claimdesk reads.
 */
export async function filesFromDrop(transfer: DataTransfer): Promise<FoundFile[]> {
  // Entries must be taken synchronously, before the drop event returns.
  const entries = [...transfer.items].map((item) => item.webkitGetAsEntry?.() ?? null);
  const found: FoundFile[] = [];
  for (const [index, entry] of entries.entries()) {
    if (entry?.isDirectory) found.push(...(await walk(entry as FileSystemDirectoryEntry, entry.name)));
    else {
      const file = transfer.files[index] ?? (entry ? await fileOf(entry as FileSystemFileEntry) : null);
      if (file) found.push({ path: file.name, file });
    }
  }
  return found;
}

async function walk(folder: FileSystemDirectoryEntry, path: string): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  const children = (await readAll(folder)).filter((entry) => !isHidden(entry.name)).sort((a, b) => a.name.localeCompare(b.name));
  for (const child of children) {
    const childPath = `${path}/${child.name}`;
    if (child.isDirectory) found.push(...(await walk(child as FileSystemDirectoryEntry, childPath)));
    else found.push(foundIn(childPath, await fileOf(child as FileSystemFileEntry)));
  }
  return found;
}

/** readEntries answers in batches until it returns an empty one. */
async function readAll(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = folder.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}
