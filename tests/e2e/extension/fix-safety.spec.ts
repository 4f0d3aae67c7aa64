/**
 * A fix changes the words it names and nothing else. The block-capitals fix used to turn its
 * sentence-case suggestion back into capitals, so the edit was empty at the end of the field and
 * the browser's delete acted as Backspace: "Thanks Jo" became "Thanks J".
 */
import { test, expect } from './fixtures.js';
import { EditorPage, type EditorKind } from './editor-page.js';

const SHOUTED = 'Dear Jo\n\nPLEASE BRING YOUR LETTER\nThanks Jo';

for (const kind of ['textarea', 'contenteditable'] as EditorKind[]) {
  test(`${kind}: the block-capitals fix writes sentence case and keeps the last character`, async ({ browser2 }) => {
    const ed = new EditorPage(await browser2.context.newPage(), kind);
    await ed.goto();
    await ed.type(SHOUTED);
    await expect.poll(() => ed.underlined()).toContain('PLEASE BRING YOUR LETTER');
    const before = await ed.text();
    expect(before).toMatch(/Thanks Jo$/);
    await ed.clickPhrase('PLEASE BRING YOUR LETTER');
    await expect.poll(() => ed.ui.cardText()).not.toBeNull();
    await ed.ui.press('Please bring your letter');
    await expect.poll(() => ed.text()).toBe(before.replace('PLEASE BRING YOUR LETTER', 'Please bring your letter'));
  });
}
