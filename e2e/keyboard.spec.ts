import { expect, test } from './launch/fixtures';
import { savedCase } from './launch/saved-case';

const WIRE = 'Valdorian minister accuses Kestria of plotting embassy attack';

test('an analyst works through the claims of an article from the keyboard', async ({ app }) => {
  const { page } = app;
  const inspector = page.getByRole('complementary', { name: 'Claim inspector' });
  const reading = page.getByRole('main', { name: 'Articles' });
  await expect(reading.getByRole('heading', { name: WIRE, level: 1 })).toBeVisible();

  await test.step('J and K walk the claims in reading order', async () => {
    await reading.getByRole('heading', { name: WIRE, level: 1 }).click();
    await page.keyboard.press('j');
    await expect(inspector.getByLabel('Statement')).toHaveValue(/orchestrating an attack/);
    await page.keyboard.press('j');
    await expect(inspector.getByLabel('Statement')).toHaveValue(/More than 3,000 protesters/);
    await page.keyboard.press('j');
    await expect(inspector.getByLabel('Statement')).toHaveValue(/40 arrests/);
    await page.keyboard.press('k');
    await expect(inspector.getByLabel('Statement')).toHaveValue(/More than 3,000 protesters/);
  });

  await test.step('a number key sets the verdict, and it is saved', async () => {
    await page.keyboard.press('5');
    await expect(inspector.getByLabel('Verdict')).toHaveValue('mostly-false');
    await expect(page.getByText('All changes saved')).toBeVisible();
    await expect
      .poll(async () => {
        const saved = (await savedCase(app.caseDir));
        return saved.claims.find((claim: { statement: string }) => claim.statement.startsWith('More than 3,000'))?.verdict;
      })
      .toBe('mostly-false');
  });

  await test.step('the command palette reaches an action by name', async () => {
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Commands' });
    await palette.getByRole('combobox', { name: 'Command' }).fill('new pane');
    await page.keyboard.press('Enter');
    await expect(palette).toBeHidden();
    await expect(page.getByRole('region', { name: 'Pane 2' }).getByRole('heading', { name: WIRE, level: 1 })).toBeVisible();
  });

  await test.step('? lists the shortcuts', async () => {
    await page.keyboard.press('Shift+?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help.getByText('Next claim')).toBeVisible();
    await expect(help.getByText('Set verdict: Mostly false')).toBeVisible();
    await help.getByRole('button', { name: 'Close' }).last().click();
    await expect(help).toBeHidden();
  });
});
