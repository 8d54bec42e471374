import { expect, test } from './launch/fixtures';
import { savedCase } from './launch/saved-case';

const CROWD = 'More than 3,000 protesters gathered outside the embassy';

test('an analyst undoes and redoes edits, signs the case and reads its history', async ({ app }) => {
  const { page } = app;
  const inspector = page.getByRole('complementary', { name: 'Claim inspector' });
  const claims = page.getByRole('region', { name: /^Claims/ });
  const savedVerdict = async () => {
    const saved = (await savedCase(app.caseDir));
    return saved.claims.find((claim: { statement: string }) => claim.statement.startsWith(CROWD))?.verdict ?? 'deleted';
  };

  await test.step('the analyst names themself in the case settings', async () => {
    await page.getByRole('button', { name: 'Embassy protest, Port Ardent' }).click();
    const settings = page.getByRole('dialog', { name: 'Case settings' });
    await settings.getByLabel('Analyst').fill('Ana Lima');
    await settings.getByRole('button', { name: 'Save' }).click();
    await expect(settings).toBeHidden();
  });

  await test.step('a verdict set by key is undone with Ctrl+Z and redone with Ctrl+Shift+Z, on disk too', async () => {
    await page.getByRole('button', { name: new RegExp(CROWD) }).click();
    await expect(inspector.getByLabel('Verdict')).toHaveValue('false');
    await page.locator('body').press('1');
    await expect(inspector.getByLabel('Verdict')).toHaveValue('true');
    await expect.poll(savedVerdict).toBe('true');

    await page.locator('body').press('Control+z');
    await expect(inspector.getByLabel('Verdict')).toHaveValue('false');
    await expect.poll(savedVerdict).toBe('false');

    await page.locator('body').press('Control+Shift+z');
    await expect(inspector.getByLabel('Verdict')).toHaveValue('true');
    await expect.poll(savedVerdict).toBe('true');
  });

  await test.step('a deleted claim comes back with its highlight and evidence on undo', async () => {
    await inspector.getByRole('button', { name: 'Delete claim' }).click();
    await page.getByRole('alertdialog', { name: 'Delete claim?' }).getByRole('button', { name: 'Delete' }).click();
    await expect(claims.getByRole('button', { name: new RegExp(CROWD) })).toHaveCount(0);
    await expect.poll(savedVerdict).toBe('deleted');

    await page.locator('body').press('Control+z');
    await expect(claims.getByRole('button', { name: new RegExp(CROWD) })).toBeVisible();
    await expect.poll(savedVerdict).toBe('true');
  });

  await test.step('Ctrl+Z in a text field undoes typing there, not the case', async () => {
    await claims.getByRole('button', { name: new RegExp(CROWD) }).click();
    const claimant = inspector.getByLabel('Claimant');
    const before = await claimant.inputValue();
    await claimant.click();
    await claimant.press('End');
    await claimant.pressSequentially('X');
    await claimant.press('Control+z');
    await expect(claimant).toHaveValue(before);
    await expect(inspector.getByLabel('Verdict')).toHaveValue('true');
    await expect(claims.getByRole('button', { name: new RegExp(CROWD) })).toBeVisible();
  });

  await test.step('the claim’s history lists each change with the analyst, the undo marked as such', async () => {
    await inspector.getByRole('button', { name: 'History of this claim' }).click();
    const history = page.getByRole('dialog', { name: 'History' });
    const rows = history.getByRole('table', { name: 'Changes' }).getByRole('row');
    await expect(rows.filter({ hasText: 'verdict: false → true' }).first()).toContainText('Ana Lima');
    await expect(rows.filter({ hasText: 'Created claim (undo)' })).toHaveCount(1);
    await expect(rows.filter({ hasText: 'Deleted claim' }).first()).toBeVisible();
    await history.getByLabel('Show').selectOption({ label: 'All changes' });
    await expect(rows.filter({ hasText: 'Changed workspace' }).first()).toContainText('analyst: Demo analyst → Ana Lima');
  });
});
