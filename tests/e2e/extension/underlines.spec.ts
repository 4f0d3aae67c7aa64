import { test, expect } from './fixtures.js';
import { EditorPage, type EditorKind } from './editor-page.js';
import { FLAGGED, LETTER } from './letters.js';

const KINDS: EditorKind[] = ['textarea', 'contenteditable', 'tiptap', 'quill', 'iframe', 'designmode', 'dynamic'];

for (const kind of KINDS) {
  test(`${kind}: flagged phrases are underlined as you type, and the editor's content stays the writer's own`, async ({ browser2 }) => {
    const ed = new EditorPage(await browser2.context.newPage(), kind);
    await ed.goto();
    await ed.type(LETTER);
    await expect.poll(() => ed.underlined()).toEqual(FLAGGED);
    const html = await ed.html();
    expect(html).not.toMatch(/vlens|values-lens|vl-/i);
    expect((await ed.text()).replace(/\n+/g, '\n')).toBe(LETTER.replace(/\n+/g, '\n'));
    // Fixing the wording by hand removes the underline.
    await ed.page.keyboard.press('End');
    for (let i = 0; i < ' nocte.'.length; i++) await ed.page.keyboard.press('Backspace');
    await ed.page.keyboard.type(' at night.');
    await expect.poll(() => ed.underlined()).toEqual(['failed to attend']);
  });
}
