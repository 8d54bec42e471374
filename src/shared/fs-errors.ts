// File-system failures in words a user can act on: what happened, to which file, and
// what to do. Plain strings in, so the renderer's copy of the API needs no Node module:
// Node puts the errno name (EACCES…) in `code` and the file in `path` of its errors.

interface FileSystemError {
  code: string;
  path?: string;
  dest?: string;
  syscall?: string;
}

type Explain = (file: string, action: string) => string;

const EXPLANATIONS: Record<string, Explain> = {
  EACCES: denied,
  EPERM: denied,
  ENOSPC: (file) => `The disk is full: Claimdesk could not write ${file}. Free some space, then try again.`,
  EDQUOT: (file) => `Your disk quota is used up: Claimdesk could not write ${file}. Free some space, then try again.`,
  EROFS: (file) =>
    `${file} is on a read-only disk or folder, so Claimdesk cannot change it. Copy the case folder somewhere writable and open the copy.`,
  EISDIR: (file) => `${file} is a folder where Claimdesk expected a file. Choose a file, or move that folder out of the way.`,
  ENOTDIR: (file) => `Part of the path ${file} is a file where a folder was expected. Check the path and try again.`,
  ENOENT: (file) => `${file} does not exist: it may have been moved, renamed or deleted. Check the path and try again.`,
  EEXIST: (file) => `${file} already exists, and Claimdesk does not overwrite it. Choose another name, or move it away first.`,
  EBUSY: (file) =>
    `${file} is in use by another program, which keeps it locked. Close that program (or wait for a sync or virus scan to finish) and try again.`,
  EMFILE: tooManyOpen,
  ENFILE: tooManyOpen,
  ENAMETOOLONG: (file) => `The path ${file} is too long for this system. Use a shorter folder or file name.`,
  ELOOP: (file) => `${file} goes through a loop of links. Replace the links with the files themselves.`,
};

/** The message for a file-system error, or null when the error is not one Claimdesk knows how to explain. */
export function fileSystemMessage(error: unknown): string | null {
  if (!isFileSystemError(error)) return null;
  const explain = EXPLANATIONS[error.code];
  if (explain === undefined) return null;
  // A rename names both ends; the destination is what could not be made.
  const file = error.dest ?? error.path;
  return explain(file === undefined ? 'a file' : `"${file}"`, actionOf(error.syscall));
}

function isFileSystemError(error: unknown): error is FileSystemError {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string';
}

function denied(file: string, action: string): string {
  return (
    `Permission denied: Claimdesk may not ${action} ${file}. Give your user account access to it ` +
    '(or choose a folder you can write to) and try again.'
  );
}

function tooManyOpen(file: string): string {
  return `Too many files are open at once, so Claimdesk could not open ${file}. Close some programs, then try again.`;
}

const READS = new Set(['read', 'readdir', 'stat', 'lstat', 'scandir', 'access', 'realpath']);

function actionOf(syscall: string | undefined): string {
  if (syscall === undefined || syscall === 'open') return 'open';
  return READS.has(syscall) ? 'read' : 'change';
}
