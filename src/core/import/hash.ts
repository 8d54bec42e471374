import { createHash } from 'node:crypto';

/** SHA-256 in hex: the name an original is kept under, and how duplicates are found. */
export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}
