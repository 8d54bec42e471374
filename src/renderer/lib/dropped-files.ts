// Files dropped or chosen, folders included: every file Claimdesk imports, in name
// order, skipping hidden files and folders as the CLI's folder import does.

import { fileFormatOf } from '../../shared/import-formats';

/** A file with the path it was found under, for the import summary. */
export interface FoundFile {
  path: string;
  file: File;
}

const isHidden = (name: string) => name.startsWith('.');

/** From a folder input (webkitdirectory): keeps importable, visible files. */
export function filesFromFolderInput(files: readonly File[]): FoundFile[] {
  return files
    .map((file) => ({ path: file.webkitRelativePath || file.name, file }))
    .filter(({ path }) => !path.split('/').some(isHidden) && fileFormatOf(path) !== null)
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
    else if (fileFormatOf(child.name)) found.push({ path: childPath, file: await fileOf(child as FileSystemFileEntry) });
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
