import { randomUUID } from 'node:crypto';
import type { Id } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';

const ID_LENGTH = 12;

/**
 * A short random id such as "clm_4k9x0q2m7d1z": 12 base-36 characters carry about 62 bits,
 * plenty for the entities of one case, and stay readable in files and history.
 */
export function newId(prefix?: string): Id {
  const random = BigInt(`0x${randomUUID().replaceAll('-', '')}`)
    .toString(36)
    .slice(-ID_LENGTH);
  return prefix ? `${prefix}_${random}` : random;
}

const SAFE_ID = /^[A-Za-z0-9_-]{1,100}$/;

/** Ids become file names; anything beyond letters, digits, "_" and "-" could leave the case folder. */
export function assertSafeId(id: string, what: string): void {
  if (SAFE_ID.test(id)) return;
  const shown = JSON.stringify(id.length > 60 ? `${id.slice(0, 60)}…` : id);
  throw new ClaimdeskError(
    'invalid-input',
    `${shown} is not a valid ${what}: ids use only letters, digits, "_" and "-". Nothing was read or written.`,
  );
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function assertSha256(sha256: string): void {
  if (SHA256_HEX.test(sha256)) return;
  const shown = JSON.stringify(sha256.slice(0, 80));
  throw new ClaimdeskError(
    'invalid-input',
    `${shown} is not a SHA-256 hash (64 lowercase hex digits). Nothing was read or written.`,
  );
}
