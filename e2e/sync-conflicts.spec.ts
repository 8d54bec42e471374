import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startGitServer, type GitServer } from '../src/core/sync/test-git-server';
import { ROOT } from './launch/app';
import { expect, test } from './launch/fixtures';
import { savedCase } from './launch/saved-case';

const run = promisify(execFile);
const CLAIM = 'clm_kh2ljn20cvz6';

/** The built command line, as Ben uses it on his own copy. */
function claimdesk(...args: string[]) {
  return run(process.execPath, [join(ROOT, 'out', 'node', 'cli.js'), ...args]);
}

let server: GitServer;
let scratch: string;

test.beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'claimdesk-e2e-git-'));
  server = await startGitServer(scratch);
});

test.afterEach(async () => {
  await server.stop();
  await rm(scratch, { recursive: true, force: true });
});

test('an analyst shares the case, meets a colleague’s conflicting verdict and takes theirs', async ({ app }) => {
  const { page } = app;
  const toolbar = page.getByRole('banner');
  const inspector = page.getByRole('complementary', { name: 'Claim inspector' });
  const url = server.newRepo('demo.git');
  const benDir = join(scratch, 'ben');

  await test.step('Share case… makes the case a repository on the server', async () => {
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Command' }).fill('share case');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Share case' });
    await dialog.getByLabel('Remote').fill(url);
    await dialog.getByRole('button', { name: 'Share' }).click();
    await expect(toolbar.getByRole('button', { name: 'Sync: Up to date' })).toBeVisible();
  });

  await test.step('Ben clones it and rates a claim true; the analyst rates it mostly false', async () => {
    await claimdesk('clone', url, benDir, '--analyst', 'Ben');
    await claimdesk('update', benDir, '--claim', CLAIM, '--verdict', 'true');
    await claimdesk('sync', benDir);
    await page.getByRole('button', { name: /More than 3,000 protesters/ }).first().click();
    await page.keyboard.press('5');
    await expect(inspector.getByLabel('Verdict')).toHaveValue('mostly-false');
    await expect(toolbar.getByRole('button', { name: 'Sync: 1 change to send' })).toBeVisible();
  });

  await test.step('Sync shows the conflict with both sides, and mine stays meanwhile', async () => {
    await toolbar.getByRole('button', { name: 'Sync: 1 change to send' }).click();
    const view = page.getByRole('dialog', { name: 'Conflicts' });
    const conflict = view.getByRole('listitem', { name: /More than 3,000 protesters/ });
    await expect(conflict.getByRole('region', { name: 'Mine' })).toContainText('mostly-false');
    await expect(conflict.getByRole('region', { name: 'Theirs' })).toContainText('Ben');
    await expect(conflict.getByRole('region', { name: 'Theirs' })).toContainText('true');
    await expect(inspector.getByLabel('Verdict')).toHaveValue('mostly-false');
    await expect(toolbar.getByRole('button', { name: 'Sync: 1 conflict' })).toBeVisible();

    await conflict.getByRole('button', { name: 'Take theirs' }).click();
    await expect(view).toBeHidden();
    await expect(inspector.getByLabel('Verdict')).toHaveValue('true');
    await expect
      .poll(async () => (await savedCase(app.caseDir)).claims.find((claim: { id: string }) => claim.id === CLAIM)?.verdict)
      .toBe('true');
  });

  await test.step('the next sync sends the choice, and Ben receives it', async () => {
    await toolbar.getByRole('button', { name: /Sync: 1 change to send/ }).click();
    await expect(toolbar.getByRole('button', { name: 'Sync: Up to date' })).toBeVisible();
    const { stdout } = await claimdesk('sync', benDir, '--json');
    expect(JSON.parse(stdout)).toMatchObject({ conflicts: [] });
  });
});
