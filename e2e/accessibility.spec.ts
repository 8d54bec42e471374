import { expect, test, type Page } from './launch/fixtures';
import { blockingFindings } from './launch/axe';
import { selectText } from './launch/select-text';

/** Each dialog, by the palette command that opens it and the dialog's name. */
const DIALOGS: Array<{ command: string; dialog: string | RegExp }> = [
  { command: 'Command palette', dialog: 'Commands' },
  { command: 'Keyboard shortcuts', dialog: 'Keyboard shortcuts' },
  { command: 'Case settings', dialog: 'Case settings' },
  { command: 'History of changes', dialog: 'History' },
  { command: 'Export report', dialog: 'Export report' },
  { command: 'Source library', dialog: 'Source library' },
  { command: 'Add a source', dialog: 'New source' },
  { command: 'Manage tags', dialog: 'Tags' },
  { command: 'Paste an article', dialog: 'Paste an article' },
  { command: 'Suggested claims', dialog: 'Suggested claims' },
  { command: 'Edit article details', dialog: 'Article details' },
  { command: 'Link a source to the selected claim', dialog: /Link evidence|Evidence/ },
  { command: 'Open case', dialog: 'Open case' },
  { command: 'New case', dialog: 'New case' },
];

async function runCommand(page: Page, label: string): Promise<void> {
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Commands' });
  if (label === 'Command palette') return;
  await palette.getByRole('combobox').fill(label);
  await palette.getByRole('option').first().click();
}

async function reportHtml(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const response = await fetch('/api/exportReport', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-claimdesk-token': sessionStorage.getItem('claimdesk-token') ?? '' },
      body: JSON.stringify({ format: 'html' }),
    });
    const envelope = (await response.json()) as { ok: boolean; result: { content: string } };
    return envelope.result.content;
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing serious or critical in the ${colorScheme} theme: main view, every dialog, the HTML report`, async ({ app }) => {
    test.slow();
    const { page } = app;
    await page.emulateMedia({ colorScheme });
    const reading = page.getByRole('main', { name: 'Articles' });
    await expect(reading.getByRole('heading').first()).toBeVisible();

    await test.step('the main view, a claim selected and words selected', async () => {
      await page.getByRole('navigation', { name: 'Case' }).waitFor();
      await page.keyboard.press('j');
      const paragraph = (await reading.locator('p').first().textContent()) ?? '';
      await selectText(page, paragraph.split(' ').slice(0, 3).join(' '));
      expect(await blockingFindings(page)).toEqual([]);
    });

    for (const { command, dialog } of DIALOGS) {
      await test.step(`the dialog: ${command}`, async () => {
        await runCommand(page, command);
        const shown = page.getByRole('dialog', { name: dialog });
        await expect(shown).toBeVisible();
        // Soft: one run lists the findings of every dialog.
        expect.soft(await blockingFindings(page), command).toEqual([]);
        await page.keyboard.press('Escape');
        await expect(shown).toBeHidden();
      });
    }

    await test.step('the HTML report', async () => {
      const html = await reportHtml(page);
      const report = await page.context().newPage();
      await report.emulateMedia({ colorScheme });
      await report.setContent(html);
      expect(await blockingFindings(report)).toEqual([]);
      await report.close();
    });
  });
}
