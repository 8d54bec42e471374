// The browser host started as a user starts it (`claimdesk serve`), for the end-to-end
// specs and the UI bench alike: the URL it prints, and a stop that waits for it to exit.

import { spawn } from 'node:child_process';

export interface RunningHost {
  url: string;
  /** Resolves once the host has exited: it writes the case's snapshot and lets go of it as it stops. */
  stop(): Promise<void>;
}

export interface HostOptions {
  /** The built CLI (out/node/cli.js). */
  cli: string;
  /** The case to serve; null for the start screen. */
  caseDir: string | null;
  /** Where the recent cases go (CLAIMDESK_CONFIG_DIR); the user's own when not given. */
  configDir?: string;
}

export async function startHost({ cli, caseDir, configDir }: HostOptions): Promise<RunningHost> {
  const child = spawn(process.execPath, [cli, 'serve', ...(caseDir ? [caseDir] : []), '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: configDir ? { ...process.env, CLAIMDESK_CONFIG_DIR: configDir } : process.env,
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output);
      if (match) resolveUrl(match[0]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`claimdesk serve exited with ${code}:\n${output}`)));
  });
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  return { url, stop: () => (child.kill(), exited) };
}
