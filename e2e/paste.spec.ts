import { expect, test } from './launch/fixtures';
import { savedCase } from './launch/saved-case';

const COPIED_HTML = `<h2>Harbour briefing</h2><p>The port authority said <strong>no drones</strong> were seen.</p>
<script>document.title = 'hacked'</script><p onclick="alert(1)">Shipping ran <a href="javascript:alert(1)">as normal</a>.</p>`;
const COPIED_TEXT = 'Harbour briefing\n\nThe port authority said no drones were seen.\n\nShipping ran as normal.';

test('text copied from a web page is pasted as an article, formatting kept and scripts dropped', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('navigation', { name: 'Case' })).toBeVisible();

  await test.step('pasting outside any field offers the clipboard as a new article', async () => {
    await page.evaluate(
      ([html, text]) => {
        const data = new DataTransfer();
        data.setData('text/html', html!);
        data.setData('text/plain', text!);
        document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
      },
      [COPIED_HTML, COPIED_TEXT],
    );
    const dialog = page.getByRole('dialog', { name: 'Paste an article' });
    await expect(dialog.getByLabel('Text')).toHaveValue(COPIED_TEXT);
    await expect(dialog.getByLabel(/Keep formatting/)).toBeChecked();
    await dialog.getByLabel('Title').fill('Harbour briefing (copied)');
    await dialog.getByRole('button', { name: 'Add article' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('the article keeps its heading and emphasis, and nothing executable', async () => {
    const reading = page.getByRole('main', { name: 'Articles' });
    await expect(reading.getByRole('heading', { name: 'Harbour briefing (copied)' })).toBeVisible();
    await expect(reading.locator('strong', { hasText: 'no drones' })).toBeVisible();
    await expect(reading.getByRole('heading', { name: 'Harbour briefing', exact: true })).toBeVisible();
    await expect(reading.locator('a', { hasText: 'as normal' })).toHaveCount(0);
    await expect(page).not.toHaveTitle('hacked');
    const saved = (await savedCase(app.caseDir));
    expect(saved.articles.at(-1)).toMatchObject({ title: 'Harbour briefing (copied)', format: 'paste' });
  });
});

test('the Paste button keeps the copied formatting too, and takes the outlet, URL and date in the same dialog', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Paste text' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste an article' });
  await dialog.getByLabel('Text').evaluate(
    (field, [html, text]) => {
      const data = new DataTransfer();
      data.setData('text/html', html!);
      data.setData('text/plain', text!);
      field.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [COPIED_HTML, COPIED_TEXT],
  );
  await expect(dialog.getByLabel('Text')).toHaveValue(COPIED_TEXT);
  await expect(dialog.getByLabel(/Keep formatting/)).toBeChecked();
  await dialog.getByLabel('Title').fill('Harbour briefing (button)');
  await dialog.getByLabel('Outlet').fill('Harbour Times');
  await dialog.getByLabel('Published').fill('2026-03-04');
  await dialog.getByLabel('URL').fill('https://harbour.example/briefing');
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(dialog).toBeHidden();

  const reading = page.getByRole('main', { name: 'Articles' });
  await expect(reading.locator('strong', { hasText: 'no drones' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Case' })).toContainText('Pasted · Harbour Times');
  const saved = await savedCase(app.caseDir);
  expect(saved.articles.at(-1)).toMatchObject({ outlet: 'Harbour Times', url: 'https://harbour.example/briefing', publishedAt: '2026-03-04' });
});
