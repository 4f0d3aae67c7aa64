/**
 * roosterjs, the editor of Outlook on the web (so of NHSmail), from npm (pages/roosterjs.ts):
 * underlines, the card from the keyboard, and a fix that roosterjs's own model sees (its plain-text
 * export, which is what Outlook would send), and one Ctrl+Z after a fix bringing back exactly what
 * was typed (extension/in-page/roosterjs-undo.ts says why that needs help).
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

// roosterjs takes its undo snapshots on its own cues (a space typed, a cursor key or mouse press
// after new content): the fix must be one step whatever came just before it. Ctrl+Home first takes a
// snapshot of everything typed; Alt+Shift+P straight after typing leaves "nocte." unsnapshotted.
const ROUTES = [
  { name: 'after Ctrl+Home, the first finding', keys: ['Control+Home', 'Alt+Shift+N'] },
  { name: 'straight after typing, the last finding', keys: ['Alt+Shift+P'] },
];
for (const route of ROUTES) {
  test(`roosterjs: one Ctrl+Z after a fix restores exactly the typed text (${route.name})`, async ({ browser2 }) => {
    const ed = new EditorPage(await browser2.context.newPage(), 'roosterjs');
    await ed.goto();
    // Real keystrokes, as a clinician types: roosterjs takes its undo snapshots from key events.
    await ed.type(LETTER);
    await expect.poll(() => ed.underlined()).toEqual(FLAGGED);
    const typed = await ed.text();
    expect(typed.replace(/\s+/g, ' ')).toBe(LETTER.replace(/\s+/g, ' '));
    for (const key of route.keys) await ed.page.keyboard.press(key);
    await expect.poll(() => ed.ui.focused()).not.toBeNull();
    const fix = (await ed.ui.focused())!;
    await ed.page.keyboard.press('Enter');
    await expect.poll(() => ed.ui.cardText()).toBeNull();
    await expect.poll(() => ed.text()).not.toBe(typed);
    expect(await ed.text()).toContain(fix);
    await expect(ed.editor).toBeFocused();
    await ed.page.keyboard.press('Control+z');
    await expect.poll(() => ed.text()).toBe(typed);
    await expect.poll(() => ed.underlined()).toEqual(FLAGGED);
  });
}
