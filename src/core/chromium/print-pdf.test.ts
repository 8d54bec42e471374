import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempFolders } from '../store/test-folders';
import { findChromium, OFFLINE_CHROMIUM_ARGS } from './find-chromium';
import { chromiumPrinter } from './print-pdf';
import { NO_SCRIPTS_POLICY, withScriptsOff } from './scripts-off';

const tempFolder = useTempFolders();
const chromium = findChromium();

/** A report someone tampered with: every script in it would replace the paragraph's words. */
const HOSTILE_REPORT = `<!doctype html>
<html lang="en"><head>
<script>document.addEventListener('DOMContentLoaded', () => { document.getElementById('t').textContent = 'Head script ran.'; });</script>
<meta http-equiv="Content-Security-Policy" content="script-src 'unsafe-inline'">
<meta charset="utf-8"><title>Verification report</title>
</head>
<body onload="document.getElementById('t').textContent = 'Onload ran.'">
<p id="t">Scripts stayed off.</p>
<img src="missing.png" alt="" onerror="document.body.append('Onerror ran.')">
<script>document.body.append('Body script ran.');</script>
<iframe srcdoc="<script>parent.document.body.append('Frame script ran.')</script>"></iframe>
</body></html>`;

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const page = await pdf.getPage(1);
    const content = await page.getTextContent();
    return content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
  } finally {
    await pdf.destroy();
  }
}

/** Chromium printing the page as it is, without the printer's policy: what the scripts would do. */
async function printUnguarded(executable: string, html: string): Promise<Uint8Array> {
  const dir = await tempFolder();
  const page = join(dir, 'report.html');
  await writeFile(page, html);
  const args = [...OFFLINE_CHROMIUM_ARGS, '--headless', `--user-data-dir=${join(dir, 'profile')}`, `--print-to-pdf=${join(dir, 'report.pdf')}`];
  spawnSync(executable, [...args, pathToFileURL(page).href], { stdio: 'ignore', timeout: 60_000 });
  return new Uint8Array(await readFile(join(dir, 'report.pdf')));
}

describe('printing with scripts off', () => {
  it('puts the policy first in the page, after a doctype only, so the layout stays in standards mode', () => {
    const meta = `<meta http-equiv="Content-Security-Policy" content="${NO_SCRIPTS_POLICY}">`;
    expect(withScriptsOff('<!DOCTYPE html>\n<html><script>x()</script>')).toBe(`<!DOCTYPE html>${meta}\n<html><script>x()</script>`);
    expect(withScriptsOff('\uFEFF  <!doctype html><p>a')).toBe(`\uFEFF  <!doctype html>${meta}<p>a`);
    expect(withScriptsOff('<script>x()</script><!doctype html>')).toBe(`${meta}<script>x()</script><!doctype html>`);
    expect(withScriptsOff('')).toBe(meta);
  });

  it.skipIf(chromium === null)('runs no script of the HTML it prints: the PDF shows the page as written', { timeout: 120_000 }, async () => {
    const text = await pdfText(await chromiumPrinter(chromium)(HOSTILE_REPORT));
    expect(text).toContain('Scripts stayed off.');
    expect(text).not.toMatch(/ran\./);

    // The same page printed as it is: each of these scripts runs, so the check above can fail.
    const unguarded = await pdfText(await printUnguarded(chromium ?? '', HOSTILE_REPORT));
    for (const ran of ['Onload ran.', 'Onerror ran.', 'Body script ran.']) expect(unguarded).toContain(ran);
  });
});
