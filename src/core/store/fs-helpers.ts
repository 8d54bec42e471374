import { lstat, stat } from 'node:fs/promises';
import { ClaimdeskError } from '../../shared/rpc';

/** True when a Node file-system call failed with one of these error codes (ENOENT, ...). */
export function hasErrorCode(error: unknown, ...codes: string[]): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code !== undefined && codes.includes(code);
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return false;
    throw error;
  }
}


/**
 * Refuses a file of the case that is a link: a case folder received from someone else
 * could point it at any file of this machine, whose bytes would then be read as the case.
 */
export async function refuseLink(file: string): Promise<void> {
  let isLink: boolean;
  try {
    isLink = (await lstat(file)).isSymbolicLink();
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return;
    throw error;
  }
  if (isLink) {
    throw new ClaimdeskError(
      'corrupt-workspace',
      `${file} is a link to another file, which a case folder never holds. Claimdesk did not read it; replace it with the file itself.`,
    );
  }
}
