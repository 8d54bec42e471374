import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreWorkerBeside } from '../../core/checkworthiness';
import { printPdfWithChromium } from '../../core/chromium';
import { copyDemoCase } from '../../core/demo';
import { Desk, userConfigDir } from '../../core/desk';
import { memoryCredentialStore } from '../../core/service';
import { describeHolder } from '../../core/store';
import { ClaimdeskError } from '../../shared/rpc';
import { startHost } from '../../host/server';
import { WORKERS } from '../client';
import { optionalInteger, optionalString, type Command, type Parsed } from '../command';
import { APP_VERSION } from '../version';

/** The built renderer sits next to the built CLI (out/node → out/renderer). */
const RENDERER_DIR = fileURLToPath(new URL('../renderer', import.meta.url));
const DEMO_CASE_DIR = fileURLToPath(new URL('../../data/demo-case', import.meta.url));

export const serve: Command = {
  name: 'serve',
  usage: 'serve [dir] [--port N]',
  summary: 'Serve the app and the API on 127.0.0.1, with the case in dir open (or the start screen); prints the URL to open.',
  options: { port: { type: 'string' } },
  positionals: 0,
  run: (args) => serveCase(args.positionals[0] === undefined ? null : resolve(args.positionals[0]), args),
};

export const demo: Command = {
  name: 'demo',
  usage: 'demo [--dir DIR] [--port N]',
  summary: 'Copy the demo case (to a new temporary folder unless --dir) and serve it.',
  options: { dir: { type: 'string' }, port: { type: 'string' } },
  positionals: 0,
  async run(args) {
    const dir = resolve(optionalString(args, 'dir') ?? (await mkdtemp(join(tmpdir(), 'claimdesk-demo-'))));
    if (!existsSync(join(dir, 'claimdesk.json'))) await copyDemoCase(DEMO_CASE_DIR, dir);
    return serveCase(dir, args);
  },
};

async function serveCase(dir: string | null, args: Parsed): Promise<void> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new ClaimdeskError('not-found', 'The app is not built: run `npm run build` first.');
  }
  let endpoint: { url: string; token: string } | null = null;
  const desk = new Desk({
    configDir: userConfigDir(),
    // The browser host prints PDF with a system Chromium, as the CLI does.
    service: {
      app: 'serve',
      appVersion: APP_VERSION,
      anchorWorker: WORKERS.anchor,
      importWorker: WORKERS.import,
      // Scoring runs beside the host's answers, not in their way.
      scoreWorker: scoreWorkerBeside(import.meta.url),
      printPdf: printPdfWithChromium,
      // The user name and token a git remote asked for, kept until the host stops.
      credentials: memoryCredentialStore(),
    },
    // The command line's edits to the open case come here while it is served.
    opened: async (service) => {
      if (endpoint) await service.store.publishEndpoint(endpoint);
      if (service.store.tookOverFrom) {
        console.log(`Took over the case from a Claimdesk that had stopped (${describeHolder(service.store.tookOverFrom)}).`);
      }
    },
  });
  const host = await startHost({ handlers: desk.handlers, rendererDir: RENDERER_DIR, port: optionalInteger(args, 'port') ?? 0 });
  endpoint = { url: `http://127.0.0.1:${host.port}`, token: host.token };
  try {
    if (dir) await desk.open(dir);
  } catch (error) {
    await host.close();
    throw error;
  }
  console.log(dir ? `Claimdesk is serving the case in ${dir}` : 'Claimdesk is serving its start screen: open or create a case there.');
  console.log(`Open ${host.url}`);
  console.log('Press Ctrl+C to stop.');
  await new Promise<void>((resolveStop) => {
    process.once('SIGINT', resolveStop);
    process.once('SIGTERM', resolveStop);
  });
  await host.close();
  await desk.close();
}
