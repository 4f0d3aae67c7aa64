import { test, expect } from './fixtures.js';
import { EditorPage } from './editor-page.js';
import { FIX_FROM, FIX_TO, FLAGGED, LETTER } from './letters.js';

test('tinymce: underlines; the keyboard opens the card, the fix goes through TinyMCE, and Ctrl+Z undoes it in one step', async ({ browser2 }) => {
  const ed = new EditorPage(await browser2.context.newPage(), 'tinymce');
  await ed.goto();
  await ed.type(LETTER);
  await expect.poll(() => ed.underlined()).toEqual(FLAGGED);
  const before = await ed.text();
  await ed.page.keyboard.press('Control+Home');
  await ed.page.keyboard.press('Alt+Shift+N');
  await expect.poll(() => ed.ui.focused()).toBe(FIX_TO);
  await ed.page.keyboard.press('Enter');
  await expect.poll(() => ed.ui.cardText()).toBeNull();
  await expect.poll(() => ed.text()).toBe(before.replace(FIX_FROM, FIX_TO));
  await expect.poll(() => ed.underlined()).toEqual(['nocte']);
  await ed.editor.focus();
  await ed.page.keyboard.press('Control+z');
  await expect.poll(() => ed.text()).toBe(before);
  await expect.poll(() => ed.underlined()).toEqual(FLAGGED);
});
