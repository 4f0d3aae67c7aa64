import { test, expect } from './fixtures.js';
import { EditorPage } from './editor-page.js';
import { dumpExtensionStorage } from './extension-pages.js';

// Words only this letter contains: none may reach the extension's storage.
const SECRET = 'Zephyrine Quarterman';
const LETTER = `Dear ${SECRET},\n\nYou failed to attend your appointment at Blackwater Clinic. Take it nocte.`;

test('after checking, fixing and ignoring, the extension has stored no letter text (and made no request: see the fixture)', async ({ browser2 }) => {
  const first = new EditorPage(await browser2.context.newPage(), 'textarea');
  await first.goto();
  await first.type(LETTER);
  await expect.poll(() => first.underlined()).toEqual(['You failed to attend', 'nocte']);
  await first.clickPhrase('nocte');
  await first.ui.press('Ignore here');
  await expect.poll(() => first.underlined()).toEqual(['You failed to attend']);
  await first.clickPhrase('failed to attend');
  await first.ui.press('You did not attend');
  await expect.poll(() => first.underlined()).toEqual([]);
  // Another editor on the same site: the ignored finding stays ignored.
  const second = new EditorPage(await browser2.context.newPage(), 'tiptap');
  await second.goto();
  await second.type(LETTER);
  await expect.poll(() => second.underlined()).toEqual(['You failed to attend']);
  const stored = await dumpExtensionStorage(browser2);
  // Something was stored (ignores, counts), so the check below is not vacuous.
  expect(stored).toContain('nocte-mane#');
  expect(stored).toContain('failed-to-attend');
  for (const word of ['Zephyrine', 'Quarterman', 'Blackwater', 'appointment', 'failed to attend', 'nocte.']) {
    expect(stored, `storage holds "${word}"`).not.toContain(word);
  }
});
