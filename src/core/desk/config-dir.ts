// Where Claimdesk keeps what belongs to the user rather than to a case: the recent
// cases. The app passes Electron's userData folder; the command line and the browser
// host use the platform's usual place, or CLAIMDESK_CONFIG_DIR (scripts, tests).

import { homedir } from 'node:os';
import { join } from 'node:path';

export function userConfigDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  if (env.CLAIMDESK_CONFIG_DIR) return env.CLAIMDESK_CONFIG_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Claimdesk');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Claimdesk');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'claimdesk');
}
