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
    await expect.poll(() => ed.underlined()).toEqual(['You failed to attend']);
  });
}

test('textarea: in a long, scrolled letter the underline sits on the phrase (clicking it puts the caret inside the phrase)', async ({ browser2 }) => {
  const ed = new EditorPage(await browser2.context.newPage(), 'textarea');
  await ed.goto();
  const filler = Array.from({ length: 60 }, (_, i) => `Paragraph ${i + 1} says the clinic is on the second floor.`).join('\n\n');
  const letter = `${filler}\n\nYou failed to attend on Monday.\n\n${filler}`;
  await ed.editor.click();
  await ed.editor.fill(letter);
  const start = letter.indexOf('You failed to attend');
  // Scroll the phrase into the middle of the textarea, as a clinician reading back would.
  await ed.editor.evaluate((ta: HTMLTextAreaElement, at) => {
    ta.setSelectionRange(at, at);
    ta.blur();
    ta.focus();
    ta.scrollTop = ta.scrollHeight / 2 - ta.clientHeight / 2;
  }, start);
  await expect.poll(() => ed.underlined()).toEqual(['You failed to attend']);
  await ed.clickPhrase('failed to attend');
  const caret = await ed.editor.evaluate((ta: HTMLTextAreaElement) => ta.selectionStart);
  expect(caret).toBeGreaterThanOrEqual(start);
  expect(caret).toBeLessThanOrEqual(start + 'You failed to attend'.length);
  await expect.poll(() => ed.ui.cardText()).toContain('failed to attend');
});

test('textarea: a flagged phrase inside a sentence over 25 words keeps its own underline', async ({ browser2 }) => {
  const ed = new EditorPage(await browser2.context.newPage(), 'textarea');
  await ed.goto();
  const sentence =
    'We wrote to you in March and again in April because you failed to attend two appointments at the clinic and we were worried that you might not have received our letters.';
  await ed.editor.click();
  await ed.editor.fill(`Dear Sam,\n\n${sentence}`);
  await ed.editor.press('End');
  await ed.page.keyboard.type(' ');
  // The sentence is underlined around the phrase, and the phrase on its own.
  await expect.poll(() => ed.underlined()).toContain('you failed to attend');
  expect((await ed.underlined()).join('')).toBe(sentence);
});
