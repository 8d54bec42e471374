import { expect, test } from './launch/fixtures';
import { selectText } from './launch/select-text';
import { savedCase } from './launch/saved-case';

const CROWD = 'More than 3,000 protesters gathered outside the embassy';
const KESTRIA = 'The government of Kestria is orchestrating an attack';
const ARRESTS = 'Police made 40 arrests at the protest.';
const EXPLAINER = 'Embassy protest: what we know so far';
const POLICE = 'Statement from the Port Ardent Metropolitan Police on the demonstration on Embassy Row';
const POLICE_FIGURE = 'officers estimated that approximately 1,200 people were present';

test('an analyst traces a claim through two articles and cites a passage of a third as evidence', async ({ app }) => {
  const { page } = app;
  const sidebar = page.getByRole('navigation', { name: 'Case' });
  const right = page.getByRole('region', { name: 'Pane 2' });
  const inspector = page.getByRole('complementary', { name: 'Claim inspector' });
  const caseOnDisk = async () => (await savedCase(app.caseDir));

  await test.step('the explainer opens beside the wire report', async () => {
    await page.getByRole('button', { name: new RegExp(CROWD) }).click();
    await sidebar.getByRole('button', { name: new RegExp(`^${EXPLAINER}`) }).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Open in new pane' }).click();
    await expect(right.getByRole('heading', { name: EXPLAINER, level: 1 })).toBeVisible();
  });

  await test.step('the minister’s figure, repeated in the explainer, is added to the selected claim', async () => {
    await selectText(page, '"more than 3,000 protesters" had been present', right);
    await inspector.getByRole('button', { name: 'Add selected words' }).click();
    await expect(inspector.getByText('Appearances 2')).toBeVisible();
    await expect(right.locator('mark[data-claim-id]', { hasText: 'more than 3,000 protesters' })).toBeVisible();
    // The wire report is dated; the explainer is not, so the wire report comes first.
    await expect(inspector.getByText('First appearance')).toHaveCount(1);
    await expect(inspector.locator('li', { hasText: 'First appearance' })).toContainText('Valdorian minister accuses Kestria');
  });

  await test.step('another repetition is added to another claim through the picker', async () => {
    await selectText(page, "Marsh's figure of 40 arrests", right);
    await right.getByRole('toolbar', { name: 'Selection actions' }).getByRole('button', { name: 'Add to claim…' }).click();
    const picker = page.getByRole('dialog', { name: 'Add to claim' });
    await picker.getByRole('combobox', { name: 'Claim' }).fill('40 arrests');
    await expect(picker.getByRole('option')).toHaveCount(1);
    await page.keyboard.press('Enter');
    await expect(picker).toBeHidden();
    await expect(inspector.getByLabel('Statement')).toHaveValue(ARRESTS);
    await expect(page.getByRole('button', { name: new RegExp(ARRESTS) })).toContainText('2 articles');
  });

  await test.step('a passage of the police statement is cited as evidence from the second pane', async () => {
    await page.getByRole('button', { name: new RegExp(CROWD) }).click();
    await sidebar.getByRole('button', { name: new RegExp(`^${POLICE}`) }).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Open', exact: true }).click();
    await page.getByRole('region', { name: /Pane/ }).filter({ hasText: POLICE_FIGURE }).first().waitFor();
    const pane = page.getByRole('region', { name: /Pane/ }).filter({ has: page.getByRole('heading', { name: POLICE, level: 1 }) });
    await selectText(page, POLICE_FIGURE, pane);
    await page.keyboard.press('e');
    const form = page.getByRole('dialog', { name: 'Link passage as evidence' });
    await expect(form).toContainText(POLICE_FIGURE);
    await expect(form.getByLabel('Relation'), 'no relation is chosen for the analyst').toHaveValue('');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByRole('alert')).toContainText('Choose how the source bears on the claim');
    await form.getByLabel('Relation').selectOption('refutes');
    await form.getByLabel('Credibility').selectOption('2');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toBeHidden();
    await expect(inspector.getByRole('button', { name: new RegExp(`Passage of ${POLICE}`) })).toBeVisible();
    await expect(inspector.getByLabel('Evidence by relation')).toContainText('3 refuting');
    // The cited words stay marked in their pane.
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('cited-passage')?.size ?? 0)).toBeGreaterThan(0);

    const saved = await caseOnDisk();
    const police = saved.articles.find((article: { title: string }) => article.title === POLICE);
    const cited = saved.evidence.find((item: { passage: { articleId: string } | null }) => item.passage?.articleId === police!.id);
    expect(cited).toMatchObject({ relation: 'refutes', credibility: 2, excerpt: POLICE_FIGURE });
    expect(saved.sources.find((source: { id: string }) => source.id === cited!.sourceId)).toMatchObject({ articleId: police!.id });
  });

  await test.step('the passage opens again from the inspector, selected in its article', async () => {
    await page.getByRole('button', { name: new RegExp(KESTRIA) }).click();
    await sidebar.getByRole('button', { name: new RegExp(`^${EXPLAINER}`) }).click();
    await page.getByRole('button', { name: new RegExp(CROWD) }).click();
    await inspector.getByRole('button', { name: new RegExp(`Passage of ${POLICE}`) }).click();
    await expect(page.getByRole('heading', { name: POLICE, level: 1 })).toBeVisible();
    await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe(POLICE_FIGURE);
  });

  await test.step('the passage link is undone like any edit', async () => {
    await page.locator('body').press('Control+z');
    await expect(inspector.getByRole('button', { name: new RegExp(`Passage of ${POLICE}`) })).toHaveCount(0);
    const saved = await caseOnDisk();
    expect(saved.evidence.some((item: { passage: unknown }) => item.passage !== null)).toBe(false);
  });
});
