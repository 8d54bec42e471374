// The demo case ships read-only in data/; users get their own copy to work in.

import { cp, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ClaimdeskError } from '../shared/rpc';

export async function copyDemoCase(demoDir: string, targetDir: string): Promise<void> {
  if (!existsSync(join(demoDir, 'claimdesk.json'))) {
    throw new ClaimdeskError('not-found', `The demo case is missing from ${demoDir}.`);
  }
  await mkdir(targetDir, { recursive: true });
  await cp(demoDir, targetDir, { recursive: true, force: false, errorOnExist: false });
}
