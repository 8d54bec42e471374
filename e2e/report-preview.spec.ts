import { expect, test } from './launch/fixtures';

test('the report preview beside the articles follows each edit', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Preview report' }).click();
  const report = page.frameLocator('iframe[title="Verification report"]');
  await expect(report.getByRole('heading', { name: 'Embassy protest, Port Ardent', level: 1 })).toBeVisible();
  await expect(report.getByText('Police made 40 arrests at the protest.').first()).toBeVisible();

  await page.getByRole('button', { name: /Police made 40 arrests at the protest/ }).click();
  const inspector = page.getByRole('complementary', { name: 'Claim inspector' });
  await inspector.getByLabel('Statement').fill('Police made forty arrests outside the embassy.');
  await inspector.getByLabel('Statement').blur();
  await expect(report.getByText('Police made forty arrests outside the embassy.').first()).toBeVisible();
  await expect(report.locator('script')).toHaveCount(0);
});
