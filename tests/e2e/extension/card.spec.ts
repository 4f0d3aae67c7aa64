import { test, expect } from './fixtures.js';
import { EditorPage, type EditorKind } from './editor-page.js';
import { FIX_FROM, FIX_TO, FLAGGED, LETTER } from './letters.js';

test('clicking a flagged phrase opens its card; the badge names the counts (screenshots in artifacts/)', async ({ browser2 }) => {
  const ed = new EditorPage(await browser2.context.newPage(), 'tiptap');
  await ed.goto();
  await ed.type(LETTER);
  await expect.poll(() => ed.underlined()).toHaveLength(2);
  await expect.poll(() => ed.ui.badgeLabel()).toBe('Values Lens: 1 compassion, 1 clarity');
  await ed.ui.screenshot('.vl-badge', 'artifacts/extension/badge.png');
  await ed.clickPhrase(FIX_FROM);
  await expect.poll(() => ed.ui.cardText()).toContain('Compassion');
  for (const name of [FIX_TO, 'Ignore here', 'Turn off this rule']) expect(await ed.ui.box('.vl-card button', { name }), name).not.toBeNull();
  // A mouse click leaves the caret in the editor: typing goes on where it was.
  await expect(ed.editor).toBeFocused();
  await ed.page.screenshot({ path: 'artifacts/extension/card-in-page.png' });
  await ed.page.keyboard.press('Escape');
  await expect.poll(() => ed.ui.cardText()).toBeNull();
});

test('"Why?" opens the rule\'s guidance page bundled in the extension', async ({ browser2 }) => {
  const ed = new EditorPage(await browser2.context.newPage(), 'textarea');
  await ed.goto();
  await ed.type(LETTER);
  await expect.poll(() => ed.underlined()).toHaveLength(2);
  await ed.clickPhrase('nocte');
  const opened = browser2.context.waitForEvent('page');
  await ed.ui.press('Why?');
  const guide = await opened;
  await guide.waitForLoadState();
  expect(guide.url()).toBe(`chrome-extension://${browser2.extensionId}/guidance/rules/nocte-mane.html`);
  await expect(guide.locator('h1')).toBeVisible();
  expect(await guide.locator('script').count()).toBe(0);
});

const FIXABLE: EditorKind[] = ['textarea', 'contenteditable', 'tiptap', 'quill', 'iframe', 'designmode'];
for (const kind of FIXABLE) {
  test(`${kind}: keyboard opens the card, the fix goes through the editor, and Ctrl+Z undoes it in one step`, async ({ browser2 }) => {
    const ed = new EditorPage(await browser2.context.newPage(), kind);
    await ed.goto();
    await ed.type(LETTER);
    await expect.poll(() => ed.underlined()).toHaveLength(2);
    const before = await ed.text();
    // Quill merges edits made within a second into one undo step; a clinician reading the card
    // pauses longer than that. Mark the pause through Quill's own API rather than by waiting.
    if (kind === 'quill') await ed.page.evaluate(() => (window as unknown as { quill: { history: { cutoff(): void } } }).quill.history.cutoff());
    await ed.page.keyboard.press('Control+Home');
    await ed.page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => ed.ui.cardText()).not.toBeNull();
    await expect.poll(() => ed.ui.focused()).toBe(FIX_TO);
    await ed.page.keyboard.press('Enter');
    await expect.poll(() => ed.ui.cardText()).toBeNull();
    const fixed = before.replace(FIX_FROM, FIX_TO);
    // The editor's own model has the change (TipTap getText, Quill getText, the textarea's value).
    await expect.poll(() => ed.text()).toBe(fixed);
    await expect.poll(() => ed.underlined()).toEqual(['nocte']);
    await ed.editor.focus();
    await ed.page.keyboard.press('Control+z');
    await expect.poll(() => ed.text()).toBe(before);
    await expect.poll(() => ed.underlined()).toEqual(FLAGGED);
  });
}
