import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The Electron binary's path when one is installed, else null (the package alone throws). */
export function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown as string;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}
