// The user name and token of each git remote, sealed with the operating system's secret
// store (Electron safeStorage) in the app's own folder, never in a case folder. Where
// the system offers no secret store, nothing is kept: the app asks again.

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, safeStorage } from 'electron';
import type { CredentialStore } from '../core/service';

export function systemCredentialStore(): CredentialStore {
  const file = join(app.getPath('userData'), 'git-credentials.json');
  return {
    async get(url) {
      const sealed = (await readSealed(file))[url];
      if (!sealed || !safeStorage.isEncryptionAvailable()) return null;
      return unseal(sealed);
    },
    async set(url, credentials) {
      if (!safeStorage.isEncryptionAvailable()) return;
      const all = await readSealed(file);
      all[url] = safeStorage.encryptString(JSON.stringify(credentials)).toString('base64');
      await writeFile(file, JSON.stringify(all), { mode: 0o600 });
    },
  };
}

/** An entry sealed under another keyring (a new login keychain, a copied profile) cannot be opened: the app asks again. */
function unseal(sealed: string): { username: string; password: string } | null {
  try {
    const opened: unknown = JSON.parse(safeStorage.decryptString(Buffer.from(sealed, 'base64')));
    const { username, password } = (opened ?? {}) as Record<string, unknown>;
    return typeof username === 'string' && typeof password === 'string' ? { username, password } : null;
  } catch {
    return null;
  }
}

async function readSealed(file: string): Promise<Record<string, string>> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}
