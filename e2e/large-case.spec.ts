import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DESK_SCALE, generateLargeCase } from '../bench/large-case';
import { expect, test } from './launch/fixtures';
import { selectText } from './launch/select-text';

// A desk's year in one case (10,000 articles, 50,000 claims), generated for the run and
// never committed. The limits are generous: the story checks that the app stays usable
// at that size and renders only what is on screen, the bench measures how fast.
const LARGE_CASE = join(tmpdir(), `claimdesk-e2e-large-case-${process.pid}`);
const GENERATE_TIMEOUT = 180_000;
const OPEN_TIMEOUT = 120_000;
const ACTION_TIMEOUT = 30_000;
/** More rows than any screen holds, far fewer than the case has. */
const MAX_ROWS = 150;

test.describe.configure({ timeout: 420_000 });
test.use({ caseSource: LARGE_CASE });

test.beforeAll(async () => {
  test.setTimeout(GENERATE_TIMEOUT);
  await generateLargeCase(LARGE_CASE, DESK_SCALE);
});

test.afterAll(async () => {
  await rm(LARGE_CASE, { recursive: true, force: true });
});

test('an analyst opens a desk-scale case, reads an article, tags a claim and filters the claims', async ({ app }) => {
  const { page } = app;
  const sidebar = page.getByRole('navigation', { name: 'Case' });
  const claimsList = page.getByRole('list', { name: /^Claims/ });
  const reading = page.getByRole('main', { name: 'Articles' });
  const inspector = page.getByRole('complementary', { name: 'Claim inspector' });

  await test.step('the case opens, and the lists render only the rows on screen', async () => {
    await expect(page.getByRole('heading', { name: `Claims ${DESK_SCALE.claims}` })).toBeVisible({ timeout: OPEN_TIMEOUT });
    await expect(page.getByRole('heading', { name: `Articles ${DESK_SCALE.articles}` })).toBeVisible();
    await expect(claimsList.getByRole('listitem').first()).toBeVisible();
    expect(await claimsList.getByRole('listitem').count()).toBeLessThan(MAX_ROWS);
    expect(await sidebar.getByRole('listitem').count()).toBeLessThan(MAX_ROWS);
    await expect(claimsList.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(DESK_SCALE.claims));
  });

  const article = sidebar.getByRole('list', { name: 'Articles' }).getByRole('listitem').nth(3);
  const title = ((await article.locator('.title').textContent()) ?? '').trim();

  await test.step('an article opens with its claims highlighted', async () => {
    await article.getByRole('button').click();
    await expect(reading.getByRole('heading', { name: title, level: 1 })).toBeVisible({ timeout: ACTION_TIMEOUT });
    await expect(reading.locator('mark[data-claim-id]').first()).toBeVisible({ timeout: ACTION_TIMEOUT });
  });

  // The opening words of the article's last paragraph, up to a word's end.
  const words = await reading
    .locator('.doc-body p.block')
    .last()
    .evaluate((block) => (block.textContent ?? '').slice(0, 48).replace(/\s+\S*$/, ''));

  await test.step('the selected words become a new claim', async () => {
    await selectText(page, words);
    await page.getByRole('button', { name: 'Tag claim' }).first().click();
    await expect(inspector.getByLabel('Statement')).toHaveValue(words, { timeout: ACTION_TIMEOUT });
    await expect(page.getByRole('heading', { name: `Claims ${DESK_SCALE.claims + 1}` })).toBeVisible({ timeout: ACTION_TIMEOUT });
    await expect(page.getByText('All changes saved')).toBeVisible({ timeout: ACTION_TIMEOUT });
    await inspector.getByLabel('Verdict').selectOption('false');
    await expect(page.getByText('All changes saved')).toBeVisible({ timeout: ACTION_TIMEOUT });
  });

  await test.step('the claims list narrows to the claims of that article that are false', async () => {
    await page.getByRole('button', { name: 'Filter claims' }).click();
    await page.getByLabel('Filter by verdict').selectOption('false');
    await expect(page.getByRole('heading', { name: new RegExp(`^Claims \\d+ of ${DESK_SCALE.claims + 1}$`) })).toBeVisible({ timeout: ACTION_TIMEOUT });
    expect(await claimsList.getByRole('listitem').count()).toBeLessThan(MAX_ROWS);
    const articleId = await article.getByRole('button').getAttribute('data-article-id');
    await page.getByLabel('Filter by article').selectOption(articleId!);
    await expect(claimsList.getByRole('button', { name: new RegExp(words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })).toBeVisible({ timeout: ACTION_TIMEOUT });
    for (const row of await claimsList.getByRole('listitem').all()) await expect(row).toContainText('False');
  });
});
