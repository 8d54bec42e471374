// Printing the HTML report to PDF with a Chromium found on this machine, for the CLI and
// the browser host (Electron prints with its own Chromium, in src/main). The report is
// self-contained and its Content-Security-Policy forbids scripts and every request, so
// Chromium only lays it out; scripts are turned off in any HTML it is given, and the
// offline flags stop it reaching out on its own.

import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ClaimdeskError } from '../../shared/rpc';
import { findChromium, INSTALL_CHROMIUM_HINT, OFFLINE_CHROMIUM_ARGS } from './find-chromium';
import { withScriptsOff } from './scripts-off';

/** Renders a long report in seconds; a hung browser should not hold the export forever. */
const PRINT_TIMEOUT_MS = 120_000;
/** Enough of Chromium's stderr to say why it failed, without its page of D-Bus noise. */
const STDERR_TAIL = 600;

export type PrintPdf = (html: string) => Promise<Uint8Array>;

/** Looks for a Chromium at each print, so one installed while the app runs is found. */
export const printPdfWithChromium: PrintPdf = (html) => chromiumPrinter(findChromium())(html);

/** Prints with that Chromium; null, when none was found, makes every print say how to get one. */
export const chromiumPrinter = (chromium: string | null): PrintPdf => async (html) => {
  if (chromium === null) {
    throw new ClaimdeskError(
      'unavailable',
      `No Chromium was found to print the report to PDF. ${INSTALL_CHROMIUM_HINT} ` +
        'The HTML export prints to PDF from any browser, too.',
    );
  }
  // A fresh profile per print: nothing from a user's browser profile is read or changed.
  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-pdf-'));
  try {
    const page = join(dir, 'report.html');
    const pdf = join(dir, 'report.pdf');
    await writeFile(page, withScriptsOff(html));
    const stderr = await run(chromium, [
      ...OFFLINE_CHROMIUM_ARGS,
      '--headless',
      `--user-data-dir=${join(dir, 'profile')}`,
      '--no-pdf-header-footer',
      `--print-to-pdf=${pdf}`,
      pathToFileURL(page).href,
    ]);
    try {
      return new Uint8Array(await readFile(pdf));
    } catch {
      throw new ClaimdeskError('internal', `${chromium} did not print the PDF: ${stderr.slice(-STDERR_TAIL).trim() || 'no output'}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

/** Runs Chromium to its end and returns what it wrote to stderr; kills it past the timeout. */
function run(executable: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(executable, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4 * STDERR_TAIL);
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new ClaimdeskError('internal', `${executable} took longer than ${PRINT_TIMEOUT_MS / 1000} s to print the PDF.`));
    }, PRINT_TIMEOUT_MS);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new ClaimdeskError('unavailable', `${executable} could not be started to print the PDF: ${error.message}`));
    });
    child.once('close', () => {
      clearTimeout(timer);
      resolve(stderr);
    });
  });
}
