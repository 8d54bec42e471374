import { expect, test } from './launch/fixtures';

const EXPLAINER = 'Embassy protest: what we know so far';
const FIGURE = 'Organisers put the figure at 2,000.';
const ARRESTS = 'Twelve people were arrested, according to the police, most of them for public-order offences.';
const ORGANISERS = 'The protest was called by a coalition of diaspora groups opposed to the new trade agreement.';

test('suggested sentences are shown with their reasons, tagged in a click, and dismissed for good', async ({ app }) => {
  const { page } = app;
  const pane = page.getByRole('region', { name: 'Pane 1' });
  /** A sentence's margin mark: its accessible name ends with the sentence. */
  const markSelector = (text: string) => `button[aria-label^="Suggested claim"][aria-label$=${JSON.stringify(`: ${text}`)}]`;
  const suggestion = (text: string) => pane.locator(markSelector(text));
  const showSuggestions = async () => {
    await pane.getByRole('button', { name: 'Suggestions' }).click();
    await expect(pane.getByRole('button', { name: 'Suggestions' })).toHaveAttribute('aria-pressed', 'true');
  };

  await test.step('the Suggestions toggle marks the sentences worth checking', async () => {
    await page.getByRole('navigation', { name: 'Case' }).getByRole('button', { name: new RegExp(`^${EXPLAINER}`) }).click();
    await expect(pane.getByRole('heading', { name: EXPLAINER, level: 1 })).toBeVisible();
    await showSuggestions();
    await expect(suggestion(FIGURE)).toBeVisible();
    await expect(suggestion(ORGANISERS)).toBeVisible();
  });

  await test.step('hovering a suggestion shows why: here, a number', async () => {
    await suggestion(FIGURE).hover();
    const card = pane.getByRole('tooltip').filter({ visible: true });
    await expect(card).toContainText('A number or statistic');
    await expect(card).toContainText('2,000');
  });

  await test.step('one click tags the sentence as a claim of the guessed type', async () => {
    await suggestion(FIGURE).click();
    const inspector = page.getByRole('complementary', { name: 'Claim inspector' });
    await expect(inspector.getByLabel('Statement')).toHaveValue(FIGURE);
    await expect(inspector.getByLabel('Type')).toHaveValue('statistic');
    await expect(suggestion(FIGURE)).toHaveCount(0);
  });

  await test.step('T on a focused suggestion tags it too', async () => {
    await suggestion(ARRESTS).focus();
    await page.keyboard.press('t');
    const inspector = page.getByRole('complementary', { name: 'Claim inspector' });
    await expect(inspector.getByLabel('Statement')).toHaveValue(ARRESTS);
    await expect(suggestion(ARRESTS)).toHaveCount(0);
  });

  await test.step('Dismiss hides a suggestion, and it stays hidden after a reload', async () => {
    // Keyboard focus shows the reasons as hovering does, and keeps them shown while the pane scrolls.
    await page.mouse.move(0, 0);
    await suggestion(ORGANISERS).focus();
    const card = pane.locator('[data-suggestion-start]', { has: page.locator(markSelector(ORGANISERS)) }).getByRole('tooltip');
    await expect(card).toBeVisible();
    await card.getByRole('button', { name: 'Dismiss' }).click();
    // The mark goes once the dismissal is saved with the case.
    await expect(suggestion(ORGANISERS)).toHaveCount(0);
    await page.reload();
    await expect(pane.getByRole('heading', { name: EXPLAINER, level: 1 })).toBeVisible();
    await showSuggestions();
    await expect(pane.getByRole('button', { name: /^Suggested claim/ }).first()).toBeVisible();
    await expect(suggestion(ORGANISERS)).toHaveCount(0);
    await expect(suggestion(FIGURE)).toHaveCount(0);
  });
});
