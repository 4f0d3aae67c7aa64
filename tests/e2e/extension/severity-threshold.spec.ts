/**
 * Issue 13: "41 underlines on a 291-word letter, 25 of them clarity advice, and no way to hide
 * 'worth a thought' findings". With "Changes and must-fix only" chosen in the options, a
 * "Worth a thought" (advice) finding is not underlined, and the others still are.
 */
import { test, expect } from './fixtures.js';
import { EditorPage } from './editor-page.js';
import { openExtensionPage } from './extension-pages.js';

/** "failed to attend" is a warning ("Change this"); "utilise" is advice ("Worth a thought"). */
const TEXT = 'Dear Sam,\n\nYou failed to attend. We will utilise the results.';

test('"Changes and must-fix only" hides the "Worth a thought" underlines, and "Everything" brings them back', async ({ browser2 }) => {
  const ed = new EditorPage(await browser2.context.newPage(), 'contenteditable');
  await ed.goto();
  await ed.type(TEXT);
  await expect.poll(() => ed.underlined()).toEqual(['You failed to attend', 'utilise']);

  const options = await openExtensionPage(browser2, 'options.html');
  await options.getByRole('radio', { name: 'Changes and must-fix only' }).check();
  await expect(options.getByRole('status')).toHaveText('Saved: showing changes and must-fix only.');
  await ed.page.bringToFront();
  await ed.editor.click();
  await ed.page.keyboard.type(' ');
  await expect.poll(() => ed.underlined()).toEqual(['You failed to attend']);

  await options.bringToFront();
  await options.getByRole('radio', { name: 'Everything' }).check();
  await ed.page.bringToFront();
  await ed.editor.click();
  await ed.page.keyboard.type(' ');
  await expect.poll(() => ed.underlined()).toEqual(['You failed to attend', 'utilise']);
});
