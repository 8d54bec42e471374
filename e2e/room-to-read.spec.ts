import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './launch/fixtures';

const WIRE = 'Valdorian minister accuses Kestria of plotting embassy attack';

test('the analyst folds the sidebar and the inspector, and the case reopens that way', async ({ app }) => {
  const { page } = app;
  const sidebar = page.getByRole('navigation', { name: 'Case' });
  const inspector = page.getByRole('complementary', { name: 'Claim inspector' });
  const reading = page.getByRole('main', { name: 'Articles' });
  await expect(reading.getByRole('heading', { name: WIRE, level: 1 })).toBeVisible();
  const wideBefore = (await reading.boundingBox())!.width;

  await test.step('Mod+B folds the sidebar, Mod+Alt+B the inspector; the text gets the room', async () => {
    await page.keyboard.press('Control+b');
    await expect(sidebar).toBeHidden();
    await page.keyboard.press('Control+Alt+b');
    await expect(inspector).toBeHidden();
    expect((await reading.boundingBox())!.width).toBeGreaterThan(wideBefore + 500);
  });

  await test.step('the folds are saved with the layout, and the case reopens folded', async () => {
    await expect
      .poll(async () => JSON.parse(await readFile(join(app.caseDir, 'layout.json'), 'utf8').catch(() => 'null'))?.desk)
      .toEqual({ sidebarFolded: true, inspectorFolded: true, focus: null });
    await page.reload();
    await expect(reading.getByRole('heading', { name: WIRE, level: 1 })).toBeVisible();
    await expect(sidebar).toBeHidden();
    await expect(inspector).toBeHidden();
  });

  await test.step('the rail buttons and the palette bring them back', async () => {
    await page.getByRole('button', { name: 'Show the case sidebar' }).click();
    await expect(sidebar).toBeVisible();
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Command' }).fill('show the claims');
    await page.keyboard.press('Enter');
    await expect(inspector).toBeVisible();
  });

  await test.step('the quiet buttons on the sidebar and the claims fold them with a click, and name their shortcuts', async () => {
    const foldSidebar = sidebar.getByRole('button', { name: 'Fold the case sidebar' });
    await expect(foldSidebar).toHaveAttribute('title', /\(Ctrl\+B\)/);
    await expect(foldSidebar).toHaveAttribute('aria-keyshortcuts', 'Control+B');
    await foldSidebar.click();
    await expect(sidebar).toBeHidden();
    const foldClaims = page.getByRole('button', { name: 'Fold the claims and the inspector' });
    await expect(foldClaims).toHaveAttribute('title', /\(Ctrl\+Alt\+B\)/);
    await foldClaims.click();
    await expect(inspector).toBeHidden();
    await page.getByRole('button', { name: 'Show the claims and the inspector' }).click();
    await expect(inspector).toBeVisible();
  });
});

test('at 1024 px the toolbar keeps the case name whole, its buttons turned to named icons', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1024, height: 800 });
  const toolbar = page.getByRole('banner');
  const caseName = toolbar.getByRole('button', { name: 'Embassy protest, Port Ardent' });
  await expect(caseName).toBeVisible();
  expect(await caseName.evaluate((button) => button.scrollWidth <= button.clientWidth)).toBe(true);
  for (const name of ['Tag claim', 'Import', 'Paste text', 'Export report', 'Preview report']) {
    await expect(toolbar.getByRole('button', { name, exact: true })).toBeVisible();
  }
  const right = await page.evaluate(() => document.documentElement.clientWidth);
  expect((await toolbar.getByRole('button', { name: 'Commands and shortcuts' }).boundingBox())!.x).toBeLessThan(right);
});

test('focus mode shows one pane, or two, and Escape leaves it', async ({ app }) => {
  const { page } = app;
  const reading = page.getByRole('main', { name: 'Articles' });
  await expect(reading.getByRole('heading', { name: WIRE, level: 1 })).toBeVisible();
  await page.keyboard.press('Control+\\');
  await expect(reading.getByRole('region', { name: 'Pane 2' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Case' }).getByText('Statement from the Port Ardent Metropolitan Police').click();

  await page.keyboard.press('Control+Shift+f');
  await expect(reading.getByRole('region', { name: /^Pane \d$/ })).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Case' })).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Claim inspector' })).toBeHidden();

  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Command' }).fill('pane and the one beside');
  await page.keyboard.press('Enter');
  await expect(reading.getByRole('region', { name: /^Pane \d$/ })).toHaveCount(2);

  await page.keyboard.press('Escape');
  await expect(page.getByRole('navigation', { name: 'Case' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Leave focus mode' })).toBeHidden();
});

test('each pane keeps a text size of its own', async ({ app }) => {
  const { page } = app;
  const reading = page.getByRole('main', { name: 'Articles' });
  await expect(reading.getByRole('heading', { name: WIRE, level: 1 })).toBeVisible();
  await page.keyboard.press('Control+\\');
  const size = (pane: string) =>
    reading.getByRole('region', { name: pane }).locator('.doc').evaluate((doc) => parseFloat(getComputedStyle(doc).fontSize));
  const usual = await size('Pane 2');
  await page.keyboard.press('Control+=');
  await page.keyboard.press('Control+=');
  await expect.poll(() => size('Pane 2')).toBeGreaterThan(usual * 1.15);
  expect(await size('Pane 1')).toBe(usual);
  await page.keyboard.press('Control+0');
  await expect.poll(() => size('Pane 2')).toBe(usual);
});

for (const width of [1440, 1024]) {
  test(`at ${width} px two panes and the report preview stay readable`, async ({ app }, testInfo) => {
    const { page } = app;
    await page.setViewportSize({ width, height: 860 });
    const reading = page.getByRole('main', { name: 'Articles' });
    await expect(reading.getByRole('heading', { name: WIRE, level: 1 })).toBeVisible();
    await page.keyboard.press('Control+\\');
    await page.keyboard.press('Control+Shift+p');
    await expect(page.getByText('Report preview').first()).toBeVisible();
    const shot = async (name: string) => {
      const path = process.env.DESK_SHOTS ? `${process.env.DESK_SHOTS}/${name}.png` : undefined;
      await testInfo.attach(`${name}.png`, { body: await page.screenshot({ path }), contentType: 'image/png' });
    };
    await shot(`desk-${width}-preview`);
    const articlesTab = reading.getByRole('tablist', { name: 'Reading area' }).getByRole('tab', { name: 'Articles' });
    if (await articlesTab.isVisible()) await articlesTab.click();
    for (const pane of await reading.getByRole('region', { name: /^Pane \d$/ }).all()) {
      expect((await pane.boundingBox())!.width).toBeGreaterThanOrEqual(340);
    }
    for (const tab of await reading.getByRole('region', { name: /^Pane \d$/ }).getByRole('tab').all()) {
      expect((await tab.boundingBox())!.width).toBeGreaterThanOrEqual(80);
    }
    await shot(`desk-${width}-panes`);
  });
}
