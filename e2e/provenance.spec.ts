import { expect, test } from './launch/fixtures';
import { savedCase } from './launch/saved-case';
import { selectText } from './launch/select-text';

const CROWD = 'More than 3,000 protesters gathered outside the embassy';
const ALTERED = 'more than 300 protesters had gathered outside the embassy on Monday evening';
const REWRITE = `Regional desk\n\nA government spokesman said ${ALTERED}, and that the crowd left peacefully before midnight.`;

test('an altered copy of a claim is found, shown with its diff and marked in one click', async ({ app }) => {
  const { page } = app;
  const inspector = page.getByRole('complementary', { name: 'Claim inspector' });
  const carriers = inspector.getByRole('region', { name: 'Carriers' });

  await test.step('a rewrite that changed the figure is pasted into the case', async () => {
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    }, REWRITE);
    const dialog = page.getByRole('dialog', { name: 'Paste an article' });
    await dialog.getByLabel('Title').fill('Regional desk rewrite');
    await dialog.getByRole('button', { name: 'Add article' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('the claim’s carriers list the rewrite as altered, with the changed number', async () => {
    await page.getByRole('button', { name: new RegExp(CROWD) }).click();
    const copy = carriers.getByRole('listitem', { name: /Regional desk rewrite: Altered/ });
    await expect(copy).toBeVisible();
    await expect(copy.locator('del')).toHaveText('3,000');
    await expect(copy.locator('ins')).toHaveText('300');
    await expect(copy.getByRole('list', { name: 'Differences' })).toContainText('Number');
    await expect(carriers.getByRole('listitem', { name: /Valdorian minister.*: Exact/ })).toContainText('First');
  });

  await test.step('“Mark here” marks the claim in the rewrite', async () => {
    const copy = carriers.getByRole('listitem', { name: /Regional desk rewrite: Altered/ });
    await copy.getByRole('button', { name: 'Mark here' }).click();
    await expect(copy.getByText('Marked')).toBeVisible();
    await expect(inspector.getByText('Appearances 2')).toBeVisible();
    const saved = await savedCase(app.caseDir);
    const rewrite = saved.articles.find((article: { title: string }) => article.title === 'Regional desk rewrite');
    const marked = saved.appearances.filter((appearance: { articleId: string }) => appearance.articleId === rewrite!.id);
    expect(marked.map((appearance: { selector: { quote: { exact: string } } }) => appearance.selector.quote.exact)).toEqual([ALTERED]);
  });

  await test.step('words selected in a pane are found in other articles', async () => {
    await page.getByRole('tab', { name: /Regional desk rewrite/ }).click();
    const pane = page.getByRole('region', { name: /Pane/ }).filter({ hasText: 'A government spokesman said' }).first();
    await selectText(page, 'protesters had gathered outside the embassy on Monday evening', pane);
    await pane.getByRole('toolbar', { name: 'Selection actions' }).getByRole('button', { name: 'Find in other articles' }).click();
    const dialog = page.getByRole('dialog', { name: 'Found in other articles' });
    await expect(dialog.getByRole('listitem')).toHaveCount(2);
    await expect(dialog.getByRole('listitem', { name: /Valdorian minister.*: Exact/ })).toContainText('First');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  await test.step('four words selected, too few for the fingerprints, are found in every article carrying them', async () => {
    await page.getByRole('tab', { name: /Valdorian minister/ }).click();
    const pane = page.getByRole('region', { name: /Pane/ }).filter({ hasText: 'is orchestrating an attack on our embassy' }).first();
    await selectText(page, 'is orchestrating an attack', pane);
    await pane.getByRole('toolbar', { name: 'Selection actions' }).getByRole('button', { name: 'Find in other articles' }).click();
    const dialog = page.getByRole('dialog', { name: 'Found in other articles' });
    await expect(dialog.getByRole('listitem')).toHaveCount(2);
    await expect(dialog.getByRole('listitem', { name: /Embassy protest: what we know so far: Exact/ })).toBeVisible();
    await expect(dialog.getByRole('listitem', { name: /Valdorian minister.*: Exact/ })).toBeVisible();
  });
});
