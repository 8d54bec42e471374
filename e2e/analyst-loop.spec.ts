import { readFile, writeFile } from 'node:fs/promises';
import { expect, test } from './launch/fixtures';
import { selectText } from './launch/select-text';
import { savedCase } from './launch/saved-case';

const CLAIM = 'Officials say 4,000 drones were intercepted over the port last week.';

const PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Port defences under strain - Coastal Courier</title>
<meta property="og:site_name" content="Coastal Courier">
<meta property="og:title" content="Port defences under strain">
<meta name="author" content="Mira Olsen">
<meta property="article:published_time" content="2026-03-05T08:00:00Z">
<script>document.title = 'hacked'</script>
</head><body><article>
<h1>Port defences under strain</h1>
<p>${CLAIM} The figure could not be confirmed independently.</p>
<p>Harbour workers described a quiet week, with no disruption to shipping and only routine patrols offshore.</p>
<p>The port authority said it would publish its own figures once the review of the radar logs was complete.</p>
</article></body></html>`;

test('an analyst tags a claim in an imported page, rates it, links a source and exports the report', async ({ app }, testInfo) => {
  const { page } = app;

  await test.step('the demo case opens with its articles', async () => {
    const sidebar = page.getByRole('navigation', { name: 'Case' });
    await expect(sidebar.getByText('Valdorian minister accuses Kestria of plotting embassy attack')).toBeVisible();
  });

  await test.step('import a saved web page', async () => {
    const file = testInfo.outputPath('port-defences.html');
    await writeFile(file, PAGE);
    await page.getByLabel('Import files').setInputFiles(file);
    await page.getByRole('navigation', { name: 'Case' }).getByText('Port defences under strain').click();
    await expect(page.getByRole('main', { name: 'Articles' }).getByText(CLAIM)).toBeVisible();
    await expect(page.getByRole('main', { name: 'Articles' })).not.toContainText('hacked');
  });

  await test.step('select the sentence and tag it as a claim', async () => {
    await selectText(page, CLAIM);
    await page.getByRole('button', { name: 'Tag claim' }).first().click();
    const inspector = page.getByRole('complementary', { name: 'Claim inspector' });
    await expect(inspector.getByLabel('Statement')).toHaveValue(CLAIM);
    await expect(page.locator('mark[data-claim-id]', { hasText: '4,000 drones' })).toBeVisible();
  });

  await test.step('rate it false', async () => {
    const inspector = page.getByRole('complementary', { name: 'Claim inspector' });
    await inspector.getByLabel('Claimant').fill('Port officials');
    await inspector.getByLabel('Verdict').selectOption('false');
    await expect(page.getByText('All changes saved')).toBeVisible();
  });

  await test.step('add a source to the library', async () => {
    await page.getByRole('button', { name: 'Add source' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Title').fill('Port authority radar log summary');
    await dialog.getByLabel('URL').fill('https://port.example/radar-2026-03');
    await dialog.getByLabel('Reliability').selectOption('B');
    await dialog.getByRole('button', { name: /save|add/i }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('link the source to the claim as refuting evidence', async () => {
    const inspector = page.getByRole('complementary', { name: 'Claim inspector' });
    await inspector.getByRole('button', { name: 'Link source' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Source').selectOption({ label: 'Port authority radar log summary' });
    await dialog.getByLabel('Relation').selectOption('refutes');
    await dialog.getByLabel('Credibility').selectOption('2');
    await dialog.getByLabel('Excerpt').fill('Radar logs show 37 contacts, none confirmed as drones.');
    await dialog.getByRole('button', { name: /link|save/i }).click();
    await expect(dialog).toBeHidden();
    await expect(inspector.getByText('Port authority radar log summary')).toBeVisible();
  });

  await test.step('the edits are on disk', async () => {
    const saved = (await savedCase(app.caseDir));
    const claim = saved.claims.find((candidate: { statement: string }) => candidate.statement === CLAIM);
    expect(claim).toMatchObject({ verdict: 'false', claimant: 'Port officials' });
    expect(saved.evidence).toEqual(expect.arrayContaining([expect.objectContaining({ claimId: claim!.id, relation: 'refutes', credibility: 2 })]));
  });

  await test.step('export the report as Markdown', async () => {
    await page.getByRole('button', { name: 'Export report' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export report' });
    await dialog.getByRole('radio', { name: /Markdown/ }).check();
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: /^Export Markdown/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.md$/);
    const report = await readFile(await download.path(), 'utf8');
    expect(report).toContain(CLAIM);
    expect(report).toContain('False');
    expect(report).toContain('Port officials');
    expect(report).toContain('Port authority radar log summary');
    expect(report).toContain('Refutes');
    expect(report).toContain('Radar logs show 37 contacts, none confirmed as drones.');
    expect(report).toMatch(/Port defences under strain/);
    expect(report).toMatch(/[0-9a-f]{64}/);
  });
});
