/**
 * A page must not be able to drive the extension's in-page UI (issue 11, defect 3). The page in
 * pages/hostile-drive.html, with no input from anyone, focuses its prefilled fields, sends the
 * clicks and Alt+Shift+N/P keys that open the card, and looks for the card to read it and press
 * "Turn off this rule", "Ignore here", "Why?" and the badge, 40 times. Nothing may come of it: no
 * card opens, the page finds no card text and no button to press, no rule is turned off and no
 * finding ignored in storage, no tab opens, and the text is untouched. Then a real clinician's
 * keys still work on the same page.
 */
import { test, expect } from './fixtures.js';
import { PAGES } from './fixtures.js';
import { InPageUi } from './in-page-ui.js';
import { dumpExtensionStorage } from './extension-pages.js';

interface AttackReport {
  attempts: number;
  sawUi: boolean;
  cardText: string;
  pressed: string[];
  focusInUi: boolean;
  done: boolean;
}

test('a page script cannot open the card, read it, press its buttons or reach storage, with no user input', async ({ browser2 }) => {
  const page = await browser2.context.newPage();
  const opened: string[] = [];
  browser2.context.on('page', (p) => opened.push(p.url()));
  const ui = InPageUi.of(page);
  await page.goto(`${PAGES}/hostile-drive.html`);

  // The attack starts once the extension is running on the page: it has checked the field the
  // page focused by script. (On a new profile the first check can wait seconds for the browser's
  // first managed-policy read; an attack in those seconds met no extension and proved nothing.)
  await expect.poll(() => ui.underlines(), { timeout: 30_000, message: 'the extension checked the field the page focused' }).toEqual(['You failed to attend', 'nocte']);
  await page.evaluate(() => (window as unknown as { __startAttack(): void }).__startAttack());

  // While the page attacks, no card ever opens.
  const cardsSeen: string[] = [];
  for (;;) {
    const report = (await page.evaluate(() => (window as unknown as { __attack: AttackReport }).__attack)) as AttackReport;
    const card = await ui.cardText();
    if (card) cardsSeen.push(card);
    if (report.done) break;
    await page.waitForTimeout(100);
  }
  const report = (await page.evaluate(() => (window as unknown as { __attack: AttackReport }).__attack)) as AttackReport;
  expect(report.attempts).toBe(40);
  expect(report.pressed, 'buttons the page pressed').toEqual([]);
  expect(report.cardText, 'card text the page read').toBe('');
  expect(report.sawUi, 'the page reached inside the UI').toBe(false);
  expect(report.focusInUi, 'the page moved focus into the UI').toBe(false);
  expect(cardsSeen, 'cards the page opened').toEqual([]);
  // Nothing was ignored or turned off: the underlines are all still there.
  expect(await ui.underlines()).toEqual(['You failed to attend', 'nocte']);

  expect(opened, 'tabs opened').toEqual([]);
  await expect(page.locator('#editor')).toHaveValue('You failed to attend. Take one tablet nocte.');
  await expect(page.locator('#notes')).toHaveText('You failed to attend today.');
  const stored = JSON.parse(await dumpExtensionStorage(browser2));
  expect(stored['values-lens/ignored'], 'ignored findings').toEqual([]);
  const settings = (stored['values-lens/settings'] ?? []) as Array<{ value: { disabledRules: string[] } }>;
  expect(settings.flatMap((s) => s.value.disabledRules), 'rules turned off').toEqual([]);

  // A clinician's own keys still open the card on the same page.
  await page.bringToFront();
  await page.locator('#editor').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Alt+Shift+N');
  await expect.poll(() => ui.cardText()).toContain('failed to attend');
});
