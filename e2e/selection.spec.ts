import type { Page } from '@playwright/test';
import { expect, test } from './launch/fixtures';
import { selectText } from './launch/select-text';

const WIRE = 'Valdorian minister accuses Kestria of plotting embassy attack';
const ACROSS_LINES = "Kestria's foreign ministry did not immediately respond to a request for comment. The city's police service said";

interface Line {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The screen lines a phrase of the reading pane takes, first to last. */
async function linesOf(page: Page, phrase: string): Promise<Line[]> {
  return page.getByRole('main', { name: 'Articles' }).evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root.querySelector('.doc-body')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      return [...range.getClientRects()].map(({ top, bottom, left, right }) => ({ top, bottom, left, right }));
    }
    return [];
  }, phrase);
}

const normalized = (text: string) => text.replace(/\s+/g, ' ').trim();

test('a slow drag across two lines selects exactly those words, and T tags them', async ({ app }) => {
  const { page } = app;
  const reading = page.getByRole('main', { name: 'Articles' });
  const toolbar = page.getByRole('toolbar', { name: 'Selection actions' });
  await expect(reading.getByRole('heading', { name: WIRE, level: 1 })).toBeVisible();

  const lines = await linesOf(page, ACROSS_LINES);
  const first = lines[0]!;
  const last = lines.at(-1)!;
  expect(last.top, 'the phrase runs over at least two lines').toBeGreaterThan(first.bottom - 1);

  await test.step('no toolbar while the pointer is down', async () => {
    await page.mouse.move(first.left + 1, (first.top + first.bottom) / 2);
    await page.mouse.down();
    await page.mouse.move((first.left + first.right) / 2, first.bottom + 2, { steps: 12 });
    await page.mouse.move(last.right - 1, (last.top + last.bottom) / 2, { steps: 25 });
    await expect(toolbar).toBeHidden();
    await page.mouse.up();
  });

  await test.step('the selection is those words, and the toolbar sits above them', async () => {
    expect(normalized(await page.evaluate(() => document.getSelection()?.toString() ?? ''))).toBe(ACROSS_LINES);
    await expect(toolbar).toBeVisible();
    const box = (await toolbar.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(first.top);
  });

  await test.step('T tags them', async () => {
    await page.keyboard.press('t');
    await expect(page.getByRole('complementary', { name: 'Claim inspector' }).getByLabel('Statement')).toHaveValue(ACROSS_LINES);
  });
});

test('T on words outside the text says why nothing was tagged', async ({ app }) => {
  const { page } = app;
  const inspector = page.getByRole('complementary', { name: 'Claim inspector' });
  const reading = page.getByRole('main', { name: 'Articles' });
  await reading.getByRole('heading', { name: WIRE, level: 1 }).click();
  await page.keyboard.press('j');
  await expect(inspector.getByLabel('Statement')).toHaveValue(/orchestrating an attack/);

  await selectText(page, 'accuses Kestria', reading.getByRole('heading', { name: WIRE, level: 1 }));
  await page.keyboard.press('t');
  const toast = page.getByRole('status').filter({ hasText: 'Nothing tagged' });
  await expect(toast).toContainText('not in an article’s text');
  await expect(toast).toContainText('The inspector still shows');
});

test('a keyboard user selects words in caret mode and tags them', async ({ app }) => {
  const { page } = app;
  const inspector = page.getByRole('complementary', { name: 'Claim inspector' });
  const reading = page.getByRole('main', { name: 'Articles' });
  await expect(reading.getByRole('heading', { name: WIRE, level: 1 })).toBeVisible();

  await test.step('F7 puts a caret in the pane', async () => {
    await page.keyboard.press('F7');
    await expect(reading.getByRole('region', { name: `Text of ${WIRE}` })).toBeFocused();
  });

  await test.step('arrows move by word, Shift extends, T tags', async () => {
    const selected = async () => normalized(await page.evaluate(() => document.getSelection()?.toString() ?? ''));
    await page.keyboard.press('Control+ArrowRight');
    await page.keyboard.press('Control+ArrowRight');
    for (let i = 0; i < 6 && !(await selected()).endsWith('Wire'); i++) await page.keyboard.press('Control+Shift+ArrowRight');
    expect(await selected()).toBe('Lindqvist, Northern Wire');
    await page.keyboard.press('Shift+ArrowLeft');
    expect(await selected()).toBe('Lindqvist, Northern Wir');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('t');
    await expect(inspector.getByLabel('Statement')).toHaveValue('Lindqvist, Northern Wire');
  });

  await test.step('the statement is edited, F7 goes back to the caret, a number key rates the claim', async () => {
    await expect(inspector.getByLabel('Statement')).toBeFocused();
    await page.keyboard.type(' reports');
    await page.keyboard.press('F7');
    await expect(reading.getByRole('region', { name: `Text of ${WIRE}` })).toBeFocused();
    await page.keyboard.press('5');
    await expect(inspector.getByLabel('Verdict')).toHaveValue('mostly-false');
    await expect(inspector.getByLabel('Statement')).toHaveValue('Lindqvist, Northern Wire reports');
  });
});
