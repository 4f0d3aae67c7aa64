/**
 * roosterjs, the editor of Outlook on the web (so of NHSmail), from npm (pages/roosterjs.ts):
 * underlines, the card from the keyboard, and a fix that roosterjs's own model sees (its plain-text
 * export, which is what Outlook would send). One-step undo is not asserted here yet: see
 * docs/extension.md, "Editors", for what Ctrl+Z does after a fix in roosterjs today.
 */
import { test, expect } from './fixtures.js';
import { EditorPage } from './editor-page.js';
import { FIX_FROM, FIX_TO, FLAGGED, LETTER } from './letters.js';

test('roosterjs: underlines; the keyboard opens the card and the fix goes into roosterjs\'s own model', async ({ browser2 }) => {
  const ed = new EditorPage(await browser2.context.newPage(), 'roosterjs');
  await ed.goto();
  await ed.type(LETTER);
  await expect.poll(() => ed.underlined()).toEqual(FLAGGED);
  await expect.poll(() => ed.ui.badgeLabel()).toBe('Values Lens: 1 compassion, 1 clarity');
  const before = await ed.text();
  expect(before).toContain(FIX_FROM);
  await ed.page.keyboard.press('Control+Home');
  await ed.page.keyboard.press('Alt+Shift+N');
  await expect.poll(() => ed.ui.cardText()).toContain('Compassion');
  await expect.poll(() => ed.ui.focused()).toBe(FIX_TO);
  await ed.page.keyboard.press('Enter');
  await expect.poll(() => ed.ui.cardText()).toBeNull();
  await expect.poll(() => ed.text()).toBe(before.replace(FIX_FROM, FIX_TO));
  await expect.poll(() => ed.html()).toContain(FIX_TO);
  await expect.poll(() => ed.underlined()).toEqual(['nocte']);
});
