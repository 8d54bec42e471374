import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startGitServer, type GitServer } from '../src/core/sync/test-git-server';
import { ROOT } from './launch/app';
import { blockingFindings } from './launch/axe';
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

test('an analyst shares the case, meets a colleague’s conflicting verdict and claimant, takes their verdict and writes the claimant', async ({ app }) => {
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

  await test.step('Ben clones it, rates a claim true and names its claimant; the analyst rates it mostly false and names another', async () => {
    await claimdesk('clone', url, benDir, '--analyst', 'Ben');
    await claimdesk('update', benDir, '--claim', CLAIM, '--verdict', 'true', '--claimant', 'Protest organisers');
    await claimdesk('sync', benDir);
    await page.getByRole('button', { name: /More than 3,000 protesters/ }).first().click();
    await page.keyboard.press('5');
    await expect(inspector.getByLabel('Verdict')).toHaveValue('mostly-false');
    await inspector.getByLabel('Claimant').fill('City police');
    await inspector.getByLabel('Claimant').blur();
    await expect(toolbar.getByRole('button', { name: 'Sync: 1 change to send' })).toBeVisible();
  });

  const view = page.getByRole('dialog', { name: 'Conflicts' });
  const verdict = view.getByRole('listitem').filter({ hasText: 'Verdict' });
  const claimant = view.getByRole('listitem').filter({ hasText: 'Claimant' });

  await test.step('Sync shows each conflict with both sides, and mine stays meanwhile', async () => {
    await toolbar.getByRole('button', { name: 'Sync: 1 change to send' }).click();
    await expect(view.getByRole('listitem', { name: /More than 3,000 protesters/ })).toHaveCount(2);
    await expect(verdict.getByRole('region', { name: 'Mine' })).toContainText('Mostly false');
    await expect(verdict.getByRole('region', { name: 'Theirs' })).toContainText('Ben');
    await expect(verdict.getByRole('region', { name: 'Theirs' })).toContainText('True');
    await expect(inspector.getByLabel('Verdict')).toHaveValue('mostly-false');
    await expect(toolbar.getByRole('button', { name: 'Sync: 2 conflicts' })).toBeVisible();

    await verdict.getByRole('button', { name: 'Take theirs' }).click();
    await expect(verdict).toHaveCount(0);
    await expect(inspector.getByLabel('Verdict')).toHaveValue('true');
    await expect
      .poll(async () => (await savedCase(app.caseDir)).claims.find((claim: { id: string }) => claim.id === CLAIM)?.verdict)
      .toBe('true');
  });

  await test.step('the analyst writes the claimant, starting from mine, as one undoable edit', async () => {
    await claimant.getByRole('button', { name: 'Edit…' }).click();
    const editor = claimant.getByRole('form', { name: 'Your value' });
    const field = editor.getByLabel('Your claimant');
    await expect(field).toHaveValue('City police');
    await expect(field).toBeFocused();
    expect(await blockingFindings(page)).toEqual([]);
    await field.fill('City police, citing protest organisers');
    await editor.getByRole('button', { name: 'Resolve with this value' }).click();
    await expect(view).toBeHidden();
    await expect(inspector.getByLabel('Claimant')).toHaveValue('City police, citing protest organisers');
    await page.locator('body').press('Control+z');
    await expect(page.getByText('Undone: Resolve a conflict by hand.')).toBeVisible();
    await expect(inspector.getByLabel('Claimant')).toHaveValue('City police');
    await page.locator('body').press('Control+Shift+z');
    await expect(inspector.getByLabel('Claimant')).toHaveValue('City police, citing protest organisers');
  });

  await test.step('the next sync sends both choices, and Ben receives them', async () => {
    await toolbar.getByRole('button', { name: /Sync: \d+ changes? to send/ }).click();
    await expect(toolbar.getByRole('button', { name: 'Sync: Up to date' })).toBeVisible();
    const { stdout } = await claimdesk('sync', benDir, '--json');
    expect(JSON.parse(stdout)).toMatchObject({ conflicts: [] });
    expect((await savedCase(benDir)).claims.find((claim: { id: string }) => claim.id === CLAIM)).toMatchObject({
      verdict: 'true',
      claimant: 'City police, citing protest organisers',
    });
  });
});

test('Open shared case… asks for the server’s credentials, then copies the case and opens it; the next sync needs no asking, and a token refused later is asked for when the analyst is ready', async ({ app }) => {
  const { page } = app;
  const toolbar = page.getByRole('banner');
  const url = server.newRepo('harbour.git');
  const benDir = join(scratch, 'ben-harbour');
  const copy = join(scratch, 'ana-harbour');
  // The case syncs by itself every five minutes: the test's clock jumps there.
  await page.clock.install();
  await claimdesk('init', benDir, '--name', 'Harbour fire', '--analyst', 'Ben');
  await claimdesk('share', benDir, '--remote', url);
  server.requireCredentials({ username: 'ana', password: 'right-token' });

  await test.step('the copy is refused for want of credentials, and the app asks for them', async () => {
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Command' }).fill('open shared case');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Open shared case' });
    await dialog.getByLabel('Remote').fill(url);
    await dialog.getByLabel('New folder').fill(copy);
    await dialog.getByLabel('Analyst').fill('Ana');
    await dialog.getByRole('button', { name: 'Copy and open' }).click();
    const prompt = page.getByRole('dialog', { name: 'Sign in to the git server' });
    await expect(prompt).toHaveAccessibleDescription(`${url} asks for a user name and token. Nothing was changed.`);
    await expect(prompt.getByLabel('User name')).toBeFocused();
    expect(await blockingFindings(page)).toEqual([]);

    await prompt.getByLabel('User name').fill('ana');
    await prompt.getByLabel('Token').fill('wrong-token');
    await prompt.getByRole('button', { name: 'Sign in and try again' }).click();
    await expect(prompt).toHaveAccessibleDescription(/refused the user name and token given \(ana\)/);
  });

  await test.step('with the right token the copy opens in the window, under the analyst’s name', async () => {
    const prompt = page.getByRole('dialog', { name: 'Sign in to the git server' });
    await prompt.getByLabel('Token').fill('right-token');
    await prompt.getByRole('button', { name: 'Sign in and try again' }).click();
    await expect(prompt).toBeHidden();
    await expect(toolbar).toContainText('Harbour fire');
    expect((await savedCase(copy)).workspace).toMatchObject({ name: 'Harbour fire', analyst: 'Ana' });
  });

  await test.step('the host kept the credentials: Sync goes through without asking', async () => {
    await toolbar.getByRole('button', { name: /^Sync: / }).click();
    await expect(page.getByText('Synced: sent 0, received 0.')).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'Sign in to the git server' })).toBeHidden();
  });

  await test.step('when the server stops taking the token, the timer’s sync turns the button into a sign-in instead of interrupting', async () => {
    server.requireCredentials({ username: 'ana', password: 'new-token' });
    await page.clock.fastForward('05:01');
    const signIn = toolbar.getByRole('button', { name: 'Sync: Sign in to sync' });
    await expect(signIn).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'Sign in to the git server' })).toBeHidden();

    await signIn.click();
    const prompt = page.getByRole('dialog', { name: 'Sign in to the git server' });
    await expect(prompt).toHaveAccessibleDescription(/refused the user name and token given \(ana\)/);
    await prompt.getByLabel('User name').fill('ana');
    await prompt.getByLabel('Token').fill('new-token');
    await prompt.getByRole('button', { name: 'Sign in and try again' }).click();
    await expect(page.getByText('Synced: sent 0, received 0.').last()).toBeVisible();
    await expect(toolbar.getByRole('button', { name: 'Sync: Up to date' })).toBeVisible();
  });
});
