import { writeFile } from 'node:fs/promises';
import { expect, test } from './launch/fixtures';

const WIRE_URL = 'https://northernwire.example/world/2026/03/03/valdoria-kestria-embassy';
const QUOTE = 'Buses were hired, banners were printed abroad';

test('claims annotated in Hypothesis come into the case on the matching article', async ({ app }, testInfo) => {
  const { page } = app;
  const file = testInfo.outputPath('hypothesis-export.json');
  await writeFile(
    file,
    JSON.stringify({
      total: 2,
      rows: [
        {
          uri: WIRE_URL,
          text: 'No invoices for buses have been published.',
          tags: ['logistics'],
          target: [{ source: WIRE_URL, selector: [{ type: 'TextQuoteSelector', exact: QUOTE, prefix: 'demonstration. ', suffix: ', and the timing' }] }],
        },
        { uri: 'https://elsewhere.example/page', text: 'Not in this case', target: [{ source: 'https://elsewhere.example/page', selector: [{ type: 'TextQuoteSelector', exact: 'anything' }] }] },
      ],
    }),
  );

  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Command' }).fill('import annotations');
  const choosing = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await choosing).setFiles(file);

  await expect(page.getByRole('alert')).toContainText('hypothesis-export.json: 1 claim created from 1 annotation; 1 not placed (1 on articles not in the case');
  const claim = page.getByRole('button', { name: new RegExp(QUOTE) });
  await expect(claim).toBeVisible();
  await claim.click();
  const inspector = page.getByRole('complementary', { name: 'Claim inspector' });
  await expect(inspector.getByLabel('Tags')).toHaveValue('logistics');
  await expect(inspector.getByLabel('Rationale')).toHaveValue(/No invoices for buses/);
  await expect(page.getByRole('main', { name: 'Articles' }).locator('mark[data-claim-id]', { hasText: QUOTE })).toBeVisible();
});
