/**
 * Editors with a model of their own in Firefox (issue 12): Lexical, Slate and CKEditor 5 take
 * beforeinput themselves and render their DOM from their model; TipTap (ProseMirror) and Quill read
 * the DOM back into theirs. Each and Firefox fires and orders input events differently from Chromium,
 * so the fix is read back from the editor's model (as tests/e2e/extension/model-editors.spec.ts
 * does in Chromium): underlines as typed, the card from the keyboard, Enter fixes, one Ctrl+Z
 * brings back exactly what was typed.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { chord, launchFirefox, openPage, PAGES, type Firefox } from './firefox.js';
import { highlightedTexts, InPageUi } from './in-page-ui.js';
import { FIX_FROM, FIX_TO, FLAGGED, LETTER } from '../extension/letters.js';
import { editorText } from '../editor-text.js';

let ff: Firefox;
beforeAll(async () => {
  ff = await launchFirefox();
}, 60_000);
afterAll(async () => {
  await ff?.close();
});
afterEach(() => {
  expect(ff.offMachine, 'requests that tried to leave the machine').toEqual([]);
});

type Kind = 'lexical' | 'slate' | 'ckeditor' | 'tiptap' | 'quill';
const EDITABLE: Record<Kind, string> = { lexical: '#editor', slate: '[data-slate-editor]', ckeditor: '.ck-editor__editable', tiptap: '.ProseMirror', quill: '.ql-editor' };
/** The global each test page sets once its editor is ready. */
const READY: Record<Kind, string> = { lexical: 'lexical', slate: 'slate', ckeditor: 'ckeditor', tiptap: 'editor', quill: 'quill' };

/** What the editor's own model holds (tests/e2e/editor-text.ts, shared with the Chromium suite). */
const modelText = (page: Page, kind: Kind): Promise<string> => page.evaluate(editorText, kind);

describe('Firefox: editors with a model of their own', () => {
  for (const kind of ['lexical', 'slate', 'ckeditor', 'tiptap', 'quill'] as const) {
    it(`${kind}: underlines as typed; the keyboard opens the card, Enter puts the fix in the model, one Ctrl+Z restores it`, async () => {
      const page = await openPage(ff, `${PAGES}/${kind}.html`);
      await page.waitForFunction((global, editable) => global in window && !!document.querySelector(editable), {}, READY[kind], EDITABLE[kind]);
      const ui = new InPageUi(page);
      await page.click(EDITABLE[kind]);
      await page.keyboard.type(LETTER);
      await expect.poll(() => highlightedTexts(page), { timeout: 15_000 }).toEqual(FLAGGED);
      const typed = await modelText(page, kind);
      expect(typed).toContain(FIX_FROM);
      // Quill merges edits made within a second into one undo step; a clinician reading the card
      // pauses longer than that. Mark the pause through Quill's own API (as card.spec.ts does).
      if (kind === 'quill') await page.evaluate(() => (window as unknown as { quill: { history: { cutoff(): void } } }).quill.history.cutoff());

      await chord(page, 'Control+Home');
      await chord(page, 'Alt+Shift+KeyN');
      await expect.poll(() => ui.cardText()).toContain('Compassion');
      await expect.poll(() => ui.focused()).toBe(FIX_TO);
      await page.keyboard.press('Enter');
      await expect.poll(() => ui.cardText()).toBeNull();
      await expect.poll(() => modelText(page, kind)).toBe(typed.replace(FIX_FROM, FIX_TO));
      await expect.poll(() => highlightedTexts(page)).toEqual(['nocte']);

      await page.focus(EDITABLE[kind]);
      await chord(page, 'Control+KeyZ');
      await expect.poll(() => modelText(page, kind)).toBe(typed);
      await expect.poll(() => highlightedTexts(page)).toEqual(FLAGGED);
      await page.close();
    });
  }
});
