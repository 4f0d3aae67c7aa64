/**
 * Lexical, Slate and CKEditor 5 (issue 12), from npm (pages/lexical.ts, slate.ts, ckeditor.ts).
 * All three take beforeinput themselves and render their DOM from a model of their own, so a
 * fix only counts if that model has it: each test reads the model through the editor's API
 * (Lexical getEditorState, Slate editor.children, CKEditor's model and getData), not the DOM.
 * Then one Ctrl+Z, the editor's own undo, must bring back exactly what was typed, in the model and
 * on screen, whether the fix came after a cursor key or straight after typing (as roosterjs.spec.ts).
 */
import { test, expect } from './fixtures.js';
import { EditorPage, type EditorKind } from './editor-page.js';
import { FIX_FROM, FIX_TO, FLAGGED, LETTER } from './letters.js';

const KINDS: EditorKind[] = ['lexical', 'slate', 'ckeditor'];

/** Editors put an empty paragraph between blocks for the blank line: compare lines, not blank lines. */
const lines = (s: string) => s.replace(/\n+/g, '\n');

// Ctrl+Home first moves the caret (editors end a typing step on it); Alt+Shift+P straight after
// typing leaves the last words typed in the same undo step the editor is still building.
const ROUTES = [
  { name: 'after Ctrl+Home, the first finding', keys: ['Control+Home', 'Alt+Shift+N'] },
  { name: 'straight after typing, the last finding', keys: ['Alt+Shift+P'] },
];

for (const kind of KINDS) {
  test(`${kind}: underlines as typed; the keyboard opens the card and the fix goes into the editor's own model`, async ({ browser2 }) => {
    const ed = new EditorPage(await browser2.context.newPage(), kind);
    await ed.goto();
    await ed.type(LETTER);
    await expect.poll(() => ed.underlined()).toEqual(FLAGGED);
    await expect.poll(() => ed.ui.badgeLabel()).toBe('Values Lens: 1 compassion, 1 clarity');
    const typed = await ed.text();
    expect(lines(typed)).toBe(lines(LETTER));
    // The underlines are painted over the editor's text, never written into it.
    expect(await ed.html()).not.toMatch(/vlens|values-lens|vl-/i);
    await ed.page.keyboard.press('Control+Home');
    await ed.page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => ed.ui.cardText()).toContain('Compassion');
    await expect.poll(() => ed.ui.focused()).toBe(FIX_TO);
    await ed.page.keyboard.press('Enter');
    await expect.poll(() => ed.ui.cardText()).toBeNull();
    await expect.poll(() => ed.text()).toBe(typed.replace(FIX_FROM, FIX_TO));
    expect(await ed.html()).toContain(FIX_TO);
    expect(await ed.html()).not.toContain(FIX_FROM);
    expect(await ed.domText()).toContain(FIX_TO);
    await expect.poll(() => ed.underlined()).toEqual(['nocte']);
  });

  for (const route of ROUTES) {
    test(`${kind}: one Ctrl+Z after a fix restores exactly the typed text, model and screen (${route.name})`, async ({ browser2 }) => {
      const ed = new EditorPage(await browser2.context.newPage(), kind);
      await ed.goto();
      // Real keystrokes: these editors build their undo steps from the input they see.
      await ed.type(LETTER);
      await expect.poll(() => ed.underlined()).toEqual(FLAGGED);
      const typed = { text: await ed.text(), html: await ed.html(), dom: await ed.domText() };
      for (const key of route.keys) await ed.page.keyboard.press(key);
      await expect.poll(() => ed.ui.focused()).not.toBeNull();
      const fix = (await ed.ui.focused())!;
      await ed.page.keyboard.press('Enter');
      await expect.poll(() => ed.ui.cardText()).toBeNull();
      await expect.poll(() => ed.text()).not.toBe(typed.text);
      expect(await ed.text()).toContain(fix);
      await expect.poll(() => ed.domText()).toContain(fix);
      await expect(ed.editor).toBeFocused();
      await ed.page.keyboard.press('Control+z');
      await expect.poll(() => ed.text()).toBe(typed.text);
      expect(await ed.html()).toBe(typed.html);
      await expect.poll(() => ed.domText()).toBe(typed.dom);
      await expect.poll(() => ed.underlined()).toEqual(FLAGGED);
    });
  }
}
