// Which case folder to start on: the last one, or on first start a copy of the demo case
// in the user's data folder (the shipped data/ folder is never written to).

import { app } from 'electron';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { copyDemoCase } from '../core/demo';
import type { RecentCase } from '../shared/api';

const settingsFile = () => join(app.getPath('userData'), 'settings.json');

interface Settings {
  lastCaseDir?: string;
}

async function readSettings(): Promise<Settings> {
  try {
    return JSON.parse(await readFile(settingsFile(), 'utf8')) as Settings;
  } catch {
    return {};
  }
}

/** The demo case as shipped: in the sources' data/, or beside app.asar once installed (see package.json "build"). */
export function shippedDemoCase(): string {
  return app.isPackaged ? join(process.resourcesPath, 'demo-case') : join(app.getAppPath(), 'data', 'demo-case');
}

/**
 * The case to start on: the last one opened, else (for those who used a version
 * without the recent cases) the one settings.json names, else a copy of the demo case.
 */
export async function firstCaseDir(recent: readonly RecentCase[], demoSource: string): Promise<string> {
  const last = recent[0]?.dir ?? (await readSettings()).lastCaseDir;
  if (last && existsSync(join(last, 'claimdesk.json'))) return last;
  const demo = join(app.getPath('userData'), 'cases', 'demo');
  if (!existsSync(join(demo, 'claimdesk.json'))) await copyDemoCase(demoSource, demo);
  return demo;
}
