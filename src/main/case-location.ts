// Which case folder to open: the last one, or on first start a copy of the demo case
// in the user's data folder (the shipped data/ folder is never written to).

import { app } from 'electron';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { copyDemoCase } from '../core/demo';
import { writeFileDurably } from '../core/store/durable-file';

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

export async function lastCaseDir(demoSource: string): Promise<string> {
  const { lastCaseDir } = await readSettings();
  if (lastCaseDir && existsSync(join(lastCaseDir, 'claimdesk.json'))) return lastCaseDir;
  const demo = join(app.getPath('userData'), 'cases', 'demo');
  if (!existsSync(join(demo, 'claimdesk.json'))) await copyDemoCase(demoSource, demo);
  return demo;
}

export async function rememberCaseDir(dir: string): Promise<void> {
  const settings = { ...(await readSettings()), lastCaseDir: dir };
  await writeFileDurably(settingsFile(), JSON.stringify(settings, null, 2));
}
