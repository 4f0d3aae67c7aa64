import { test, expect } from './fixtures.js';
import { EditorPage } from './editor-page.js';
import { openExtensionPage } from './extension-pages.js';
import { LETTER } from './letters.js';

test('"Ignore here" removes that finding, and it stays ignored on this site after a reload', async ({ browser2 }) => {
  const ed = new EditorPage(await browser2.context.newPage(), 'contenteditable');
  await ed.goto();
  await ed.type(LETTER);
  await expect.poll(() => ed.underlined()).toEqual(['You failed to attend', 'nocte']);
  await ed.clickPhrase('nocte');
  await ed.ui.press('Ignore here');
  await expect.poll(() => ed.underlined()).toEqual(['You failed to attend']);
  await ed.page.reload();
  await ed.goto();
  await ed.type(LETTER);
  await expect.poll(() => ed.underlined()).toEqual(['You failed to attend']);
});

test('a rule turned off from the card stays off after the browser restarts', async ({ browser2 }) => {
  let ed = new EditorPage(await browser2.context.newPage(), 'textarea');
  await ed.goto();
  await ed.type(LETTER);
  await expect.poll(() => ed.underlined()).toEqual(['You failed to attend', 'nocte']);
  await ed.clickPhrase('failed to attend');
  await ed.ui.press('Turn off this rule');
  await expect.poll(() => ed.underlined()).toEqual(['nocte']);

  await browser2.restart();
  ed = new EditorPage(await browser2.context.newPage(), 'textarea');
  await ed.goto();
  await ed.type(LETTER);
  await expect.poll(() => ed.underlined()).toEqual(['nocte']);
  const options = await openExtensionPage(browser2, 'options.html');
  // The lenses' rules are collapsed: open the two lenses, as a clinician would.
  await options.getByRole('button', { name: 'Show rules of the Compassion lens' }).click();
  await options.getByRole('button', { name: 'Show rules of the Clarity lens' }).click();
  await expect(options.locator('input[data-rule="failed-to-attend"]')).not.toBeChecked();
  await expect(options.locator('input[data-rule="nocte-mane"]')).toBeChecked();
  // And back on from the options page.
  await options.locator('input[data-rule="failed-to-attend"]').check();
  await ed.page.bringToFront();
  await ed.editor.click();
  await ed.page.keyboard.type(' ');
  await expect.poll(() => ed.underlined()).toEqual(['You failed to attend', 'nocte']);
});

test("the organisation's own phrase, added in the options, is caught and explained", async ({ browser2 }) => {
  const options = await openExtensionPage(browser2, 'options.html');
  await options.getByLabel('Phrase', { exact: true }).fill('hang in there');
  await options.getByLabel('Suggestion').fill('we are here to help');
  await options.getByLabel('Lens', { exact: true }).selectOption('compassion');
  await options.getByLabel('Explanation').fill('Sounds dismissive of how hard things are.');
  await options.getByRole('button', { name: 'Add phrase' }).click();
  await expect(options.getByRole('status')).toHaveText('Added "hang in there".');
  await options.screenshot({ path: 'artifacts/extension/options.png', fullPage: false });

  const ed = new EditorPage(await browser2.context.newPage(), 'quill');
  await ed.goto();
  await ed.type('Please hang in there, Sam.');
  await expect.poll(() => ed.underlined()).toEqual(['hang in there']);
  await ed.clickPhrase('hang in there');
  await expect.poll(() => ed.ui.cardText()).toContain('Sounds dismissive of how hard things are.');
  await ed.ui.press('we are here to help');
  await expect.poll(() => ed.text()).toBe('Please we are here to help, Sam.');
});

test('the options page refuses a phrase that stands for too many wordings, naming the limit', async ({ browser2 }) => {
  const options = await openExtensionPage(browser2, 'options.html');
  // 10 x 10 x 10 x 10 = 10,000 wordings, in under 200 characters.
  const choice = (g: string) => `{${Array.from({ length: 10 }, (_, i) => `${g}${i}`).join('|')}}`;
  await options.getByLabel('Phrase', { exact: true }).fill(['a', 'b', 'c', 'd'].map(choice).join(' '));
  await options.getByLabel('Lens', { exact: true }).selectOption('clarity');
  await options.getByRole('button', { name: 'Add phrase' }).click();
  await expect(options.getByRole('status')).toHaveText(/stands for 10,000 phrasings; the most one phrase may stand for is 50/);
  await expect(options.getByText('None yet.')).toBeVisible();
  // The field itself stops at the length limit.
  await expect(options.getByLabel('Phrase', { exact: true })).toHaveAttribute('maxlength', '200');
});
