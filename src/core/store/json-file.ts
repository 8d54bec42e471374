// Reading the JSON files of a case folder (claimdesk.json, an article): a damaged file
// is refused with where it is, never quoted, since a received folder may hold anything.

import { readFile } from 'node:fs/promises';
import { ClaimdeskError } from '../../shared/rpc';
import { hasErrorCode, refuseLink } from './fs-helpers';

/** The parsed file, or null when there is no file. Refuses a link. */
export async function readJsonFile(file: string): Promise<unknown> {
  await refuseLink(file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return null;
    throw error;
  }
  return parseJson(file, text);
}

export function parseJson(file: string, text: string): unknown {
  try {
    // A byte order mark is what Windows editors add when someone edits the file by hand.
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // JSON.parse's own message quotes the file, whose bytes may not be the case's to show.
    throw new ClaimdeskError(
      'corrupt-workspace',
      `${file} is not valid JSON; it may have been cut short or edited by hand. Claimdesk has not modified it.`,
    );
  }
}
