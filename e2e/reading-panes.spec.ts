import { expect, test } from './launch/fixtures';
import { selectText } from './launch/select-text';
import { savedCase } from './launch/saved-case';

const WIRE = 'Valdorian minister accuses Kestria of plotting embassy attack';
const POLICE = 'Statement from the Port Ardent Metropolitan Police on the demonstration on Embassy Row';
const EXPLAINER = 'Embassy protest: what we know so far';
const POLICE_FIGURE = 'officers estimated that approximately 1,200 people were present';

test('an analyst compares two articles side by side and tags a claim in the second pane', async ({ app }) => {
  const { page } = app;
  const sidebar = page.getByRole('navigation', { name: 'Case' });
  const left = page.getByRole('region', { name: 'Pane 1' });
  const right = page.getByRole('region', { name: 'Pane 2' });

  await test.step('the wire report is open; the police statement opens in a new pane beside it', async () => {
    await expect(left.getByRole('heading', { name: WIRE })).toBeVisible();
    await sidebar.getByText(POLICE).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Open in new pane' }).click();
    await expect(right.getByRole('heading', { name: POLICE })).toBeVisible();
    await expect(left.getByRole('heading', { name: WIRE })).toBeVisible();
  });

  await test.step('words selected in the second pane become a claim, highlighted there', async () => {
    await selectText(page, POLICE_FIGURE, right);
    await right.getByRole('button', { name: 'Tag selection as claim' }).click();
    const inspector = page.getByRole('complementary', { name: 'Claim inspector' });
    await expect(inspector.getByLabel('Statement')).toHaveValue(POLICE_FIGURE);
    await expect(right.locator('mark[data-claim-id]', { hasText: 'approximately 1,200' })).toBeVisible();
    await expect(left.locator('mark', { hasText: 'approximately 1,200' })).toHaveCount(0);
  });

  await test.step('choosing a claim of the first article in the claims list shows it in the first pane', async () => {
    await page.getByRole('button', { name: /Police made 40 arrests at the protest/ }).click();
    await expect(left.locator('mark.selected', { hasText: 'police made 40 arrests' })).toBeInViewport();
    await expect(right.getByRole('heading', { name: POLICE })).toBeVisible();
  });

  await test.step('a second tab in the first pane, and back', async () => {
    await left.getByRole('heading', { name: WIRE }).click();
    await sidebar.getByRole('button', { name: new RegExp(`^${EXPLAINER}`) }).click();
    await expect(left.getByRole('tab', { name: EXPLAINER })).toHaveAttribute('aria-selected', 'true');
    await expect(left.getByRole('tab')).toHaveCount(2);
    await left.getByRole('tab', { name: WIRE }).click();
    await expect(left.getByRole('heading', { name: WIRE })).toBeVisible();
  });

  await test.step('an article dragged from the sidebar opens in the pane it is dropped on', async () => {
    await sidebar.getByRole('button', { name: new RegExp(`^${EXPLAINER}`) }).dragTo(right);
    await expect(right.getByRole('tab', { name: EXPLAINER })).toHaveAttribute('aria-selected', 'true');
    await expect(right.getByRole('heading', { name: EXPLAINER, level: 1 })).toBeVisible();
    await right.getByRole('tab', { name: POLICE }).click();
  });

  await test.step('the border between the panes moves with the arrow keys', async () => {
    const border = page.getByRole('separator', { name: 'Resize panes 1 and 2' });
    await expect(border).toHaveAttribute('aria-valuenow', '50');
    await border.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(border).toHaveAttribute('aria-valuenow', '54');
    const widths = await Promise.all([left, right].map(async (pane) => (await pane.boundingBox())!.width));
    expect(widths[0]!).toBeGreaterThan(widths[1]!);
  });

  await test.step('the claims list narrows to one verdict', async () => {
    await page.getByRole('button', { name: 'Filter claims' }).click();
    await page.getByLabel('Filter by verdict').selectOption('false');
    const list = page.getByRole('region', { name: /Claims/ });
    await expect(list.getByRole('button', { name: /More than 3,000 protesters/ })).toBeVisible();
    await expect(list.getByRole('button', { name: /Police made 40 arrests/ })).toHaveCount(0);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(list.getByRole('button', { name: /Police made 40 arrests/ })).toBeVisible();
  });

  await test.step('the layout is saved with the case and comes back when it is opened again', async () => {
    await expect
      .poll(async () => {
        const saved = (await savedCase(app.caseDir));
        return saved.layout?.panes?.map((pane: { tabs: string[] }) => pane.tabs.length);
      })
      .toEqual([2, 2]);
    await page.reload();
    await expect(page.getByRole('region', { name: 'Pane 2' }).getByRole('heading', { name: POLICE })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Pane 1' }).getByRole('tab')).toHaveCount(2);
  });

  await test.step('closing the second pane leaves one', async () => {
    await page.getByRole('button', { name: 'Close Pane 2' }).click();
    await expect(page.getByRole('region', { name: 'Pane 2' })).toHaveCount(0);
  });
});
