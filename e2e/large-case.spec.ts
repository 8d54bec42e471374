import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DESK_SCALE, generateLargeCase, type CaseSize } from '../bench/large-case';
import { expect, test } from './launch/fixtures';
import { selectText } from './launch/select-text';

// A large case, generated for the run and never committed. The limits are generous: the
// story checks that the app stays usable at that size and renders only what is on
// screen; the bench (npm run bench -- ui) measures how fast, at a desk's full year.
/**
 * A tenth of a desk's year (DESK_SCALE): thousands of claims, and at least five times more of each kind
 * than any list or dialog shows at once, so every limit the story checks is reached. A
 * bigger case would check nothing more and cost the whole suite its CPU.
 */
const SIZE: CaseSize = Object.fromEntries(Object.entries(DESK_SCALE).map(([key, count]) => [key, count / 10])) as unknown as CaseSize;
const LARGE_CASE = join(tmpdir(), `claimdesk-e2e-large-case-${process.pid}`);
const GENERATE_TIMEOUT = 180_000;
const OPEN_TIMEOUT = 120_000;
const ACTION_TIMEOUT = 30_000;
/** An edit is saved by rewriting the whole case file until the store keeps a journal: slow at this size. */
const SAVE_TIMEOUT = 180_000;
/** More rows than any screen holds, far fewer than the case has. */
const MAX_ROWS = 150;

test.describe.configure({ timeout: 420_000 });
test.use({ caseSource: LARGE_CASE });

test.beforeAll(async () => {
  test.setTimeout(GENERATE_TIMEOUT);
  await generateLargeCase(LARGE_CASE, SIZE);
});

test.afterAll(async () => {
  await rm(LARGE_CASE, { recursive: true, force: true });
});

test('an analyst opens a large case, reads an article, tags a claim and filters the claims', async ({ app }) => {
  const { page } = app;
  const sidebar = page.getByRole('navigation', { name: 'Case' });
  const claimsList = page.getByRole('list', { name: /^Claims/ });
  const reading = page.getByRole('main', { name: 'Articles' });
  const inspector = page.getByRole('complementary', { name: 'Claim inspector' });

  await test.step('the case opens, and the lists render only the rows on screen', async () => {
    await expect(page.getByRole('heading', { name: `Claims ${SIZE.claims}` })).toBeVisible({ timeout: OPEN_TIMEOUT });
    await expect(page.getByRole('heading', { name: `Articles ${SIZE.articles}` })).toBeVisible();
    await expect(claimsList.getByRole('listitem').first()).toBeVisible();
    expect(await claimsList.getByRole('listitem').count()).toBeLessThan(MAX_ROWS);
    expect(await sidebar.getByRole('listitem').count()).toBeLessThan(MAX_ROWS);
    await expect(claimsList.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(SIZE.claims));
  });

  const article = sidebar.getByRole('list', { name: 'Articles' }).getByRole('listitem').nth(3);
  const title = ((await article.locator('.title').textContent()) ?? '').trim();
  const details = ((await article.locator('.meta').textContent()) ?? '').trim();

  await test.step('an article opens with its claims highlighted', async () => {
    await article.getByRole('button').click();
    await expect(reading.getByRole('heading', { name: title, level: 1 })).toBeVisible({ timeout: ACTION_TIMEOUT });
    await expect(reading.locator('mark[data-claim-id]').first()).toBeVisible({ timeout: ACTION_TIMEOUT });
  });

  // The article renders in steps: select in it once it is whole, so no step replaces the selected words.
  await expect(reading.getByText('Loading the rest of the article…')).toHaveCount(0, { timeout: ACTION_TIMEOUT });
  // The opening words of the article's last paragraph, up to a word's end.
  const words = await reading
    .locator('.doc-body p.block')
    .last()
    .evaluate((block) => (block.textContent ?? '').slice(0, 48).replace(/\s+\S*$/, ''));

  await test.step('the selected words become a new claim', async () => {
    await selectText(page, words);
    await expect(page.getByRole('button', { name: 'Tag claim' }).first()).toBeEnabled();
    await page.getByRole('button', { name: 'Tag claim' }).first().click();
    await expect(inspector.getByLabel('Statement')).toHaveValue(words, { timeout: SAVE_TIMEOUT });
    await expect(page.getByRole('heading', { name: `Claims ${SIZE.claims + 1}` })).toBeVisible();
    await inspector.getByLabel('Verdict').selectOption('false');
    await expect(page.getByText('All changes saved')).toBeVisible({ timeout: SAVE_TIMEOUT });
  });

  await test.step('the dialogs that list the whole case list what matches what is typed', async () => {
    await page.getByRole('button', { name: 'Source library' }).click();
    const library = page.getByRole('dialog', { name: 'Source library' });
    const rows = library.getByRole('row');
    await expect(library.getByText(/more sources match: type to narrow/)).toBeVisible({ timeout: ACTION_TIMEOUT });
    expect(await rows.count()).toBeLessThan(MAX_ROWS);
    const source = ((await rows.nth(5).locator('.title').textContent()) ?? '').trim();
    await library.getByLabel('Find a source').fill(source);
    await expect(rows.filter({ hasText: source }).first()).toBeVisible();
    await library.getByRole('button', { name: 'Done' }).click();

    await inspector.getByRole('button', { name: 'Link source' }).click();
    const evidence = page.getByRole('dialog', { name: 'Link evidence' });
    const sourceSelect = evidence.getByLabel('Source', { exact: true });
    expect(await sourceSelect.locator('option').count()).toBeLessThan(MAX_ROWS);
    await evidence.getByLabel('Find sources').fill(source);
    await sourceSelect.selectOption({ label: source });
    await expect(evidence.getByText(/^Reliability /)).toBeVisible();
    await evidence.getByRole('button', { name: 'Cancel' }).click();

    await inspector.getByRole('button', { name: 'History of this claim' }).click();
    const history = page.getByRole('dialog', { name: 'History' });
    expect(await history.getByLabel('Show').locator('option').count()).toBeLessThan(MAX_ROWS);
    await expect(history.getByLabel('Show')).toHaveValue(/^clm_/);
    await history.getByRole('button', { name: 'Close' }).first().click();

    await page.getByRole('button', { name: 'Export report' }).click();
    const exporting = page.getByRole('dialog', { name: 'Export report' });
    const articles = exporting.getByRole('group', { name: 'Only claims in these articles' });
    expect(await articles.getByRole('checkbox').count()).toBeLessThan(MAX_ROWS);
    await articles.getByLabel('Find articles').fill(title);
    await expect(articles.getByRole('checkbox').first()).toBeVisible();
    expect(await articles.getByRole('checkbox').count()).toBeLessThan(10);
    await exporting.getByRole('button', { name: 'Cancel' }).click();
    await expect(exporting).toBeHidden();
  });

  await test.step('the claims list narrows to the claims of that article that are false', async () => {
    await page.getByRole('button', { name: 'Filter claims' }).click();
    await page.getByLabel('Filter by verdict').selectOption('false');
    await expect(page.getByRole('heading', { name: new RegExp(`^Claims \\d+ of ${SIZE.claims + 1}$`) })).toBeVisible({ timeout: ACTION_TIMEOUT });
    expect(await claimsList.getByRole('listitem').count()).toBeLessThan(MAX_ROWS);
    await expect(claimsList.getByRole('listitem').first()).toContainText(words);

    await page.getByRole('button', { name: 'Filter by article' }).click();
    const picker = page.getByRole('dialog', { name: 'Filter by article' });
    await picker.getByRole('combobox', { name: 'Narrow the list' }).fill(title);
    expect(await picker.getByRole('option').count()).toBeLessThan(MAX_ROWS);
    await picker.getByRole('option', { name: `${title} ${details}` }).first().click();
    await expect(page.getByRole('button', { name: 'Filter by article' })).toHaveText(title);
    await expect(claimsList.getByRole('listitem').first()).toContainText(words, { timeout: ACTION_TIMEOUT });
    for (const row of await claimsList.getByRole('listitem').all()) await expect(row).toContainText('False');
  });
});
