/**
 * One-line fields (issue 12): `<input type=text>` and `type=search`, as in subject lines and SMS
 * composers, are checked and underlined like a textarea, with the card, fixes and one-step undo;
 * the underline follows the field's sideways scroll, and the badge never covers its text.
 * Password, email and the other input types are never checked.
 */
import { test, expect } from './fixtures.js';
import { EditorPage } from './editor-page.js';
import { FIX_FROM, FIX_TO } from './letters.js';

const SUBJECT = 'You failed to attend your appointment';
type Box = { x: number; y: number; width: number; height: number };

test('input type=text: underlined as you type; the card from the keyboard, a fix, and one Ctrl+Z restores exactly the typed text', async ({ browser2 }) => {
  const ed = new EditorPage(await browser2.context.newPage(), 'input');
  await ed.goto();
  await ed.type(SUBJECT);
  await expect.poll(() => ed.underlined()).toEqual([FIX_FROM]);
  await expect.poll(() => ed.ui.badgeLabel()).toBe('Values Lens: 1 compassion');
  // The badge sits outside the one-line field: none of the field's text is under it.
  const field = (await ed.editor.boundingBox())!;
  const badge = (await ed.ui.box('.vl-badge'))!;
  expect(badge).not.toBeNull();
  expect(badge.y).toBeGreaterThanOrEqual(field.y + field.height);
  expect(Math.abs(badge.x + badge.width - (field.x + field.width))).toBeLessThanOrEqual(1);
  await ed.ui.screenshot('.vl-badge', 'artifacts/extension/input-badge.png');
  await ed.page.keyboard.press('Home');
  await ed.page.keyboard.press('Alt+Shift+N');
  await expect.poll(() => ed.ui.cardText()).toContain('Compassion');
  await expect.poll(() => ed.ui.focused()).toBe(FIX_TO);
  await ed.page.screenshot({ path: 'artifacts/extension/input-card.png' });
  await ed.page.keyboard.press('Enter');
  await expect.poll(() => ed.ui.cardText()).toBeNull();
  await expect.poll(() => ed.text()).toBe(SUBJECT.replace(FIX_FROM, FIX_TO));
  await expect.poll(() => ed.underlined()).toEqual([]);
  await expect(ed.editor).toBeFocused();
  await ed.page.keyboard.press('Control+z');
  await expect.poll(() => ed.text()).toBe(SUBJECT);
  await expect.poll(() => ed.underlined()).toEqual([FIX_FROM]);
});

test('input type=search: in a long message scrolled to its end, the underline sits under the flagged word at the right', async ({ browser2 }) => {
  const page = await browser2.context.newPage();
  const ed = new EditorPage(page, 'input');
  await ed.goto();
  const sms = page.locator('#sms');
  const message = 'Reminder: your clinic appointment is on Monday at 10am on the second floor. Take one tablet nocte';
  await sms.click();
  await page.keyboard.type(message);
  await expect.poll(() => ed.ui.underlines()).toEqual(['nocte']);
  // Where "nocte" is drawn in the field: the text before it, measured in the field's font, less the scroll.
  const expected = await sms.evaluate((input: HTMLInputElement, before) => {
    const cs = getComputedStyle(input);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    const r = input.getBoundingClientRect();
    const textLeft = r.left + parseFloat(cs.borderLeftWidth) + parseFloat(cs.paddingLeft);
    return {
      scrollLeft: input.scrollLeft,
      x: textLeft + ctx.measureText(before).width - input.scrollLeft,
      width: ctx.measureText('nocte').width,
      right: r.right - parseFloat(cs.borderRightWidth) - parseFloat(cs.paddingRight),
      top: r.top,
      bottom: r.bottom,
    };
  }, message.slice(0, message.indexOf('nocte')));
  expect(expected.scrollLeft, 'the field is scrolled sideways').toBeGreaterThan(100);
  let mark: Box | null = null;
  await expect.poll(async () => {
    mark = await ed.ui.box('.vl-u', { text: 'nocte' });
    return mark ? Math.round(mark.x - expected.x) : null;
  }).toBeGreaterThanOrEqual(-2);
  const m = mark! as Box;
  expect(Math.abs(m.x - expected.x)).toBeLessThanOrEqual(2);
  expect(Math.abs(m.width - expected.width)).toBeLessThanOrEqual(2);
  expect(m.x + m.width).toBeLessThanOrEqual(expected.right + 1);
  expect(m.y).toBeGreaterThanOrEqual(expected.top);
  expect(m.y + m.height).toBeLessThanOrEqual(expected.bottom);
  // Home scrolls the field back to its start: the underline goes with the word, out of sight.
  await page.keyboard.press('Home');
  await expect.poll(() => sms.evaluate((i: HTMLInputElement) => i.scrollLeft)).toBe(0);
  await expect.poll(async () => (await ed.ui.box('.vl-u', { text: 'nocte' }))!.x).toBeGreaterThan(expected.right);
  // Alt+Shift+N from there opens the finding's card; its fix goes in, and one Ctrl+Z takes it out.
  await page.keyboard.press('Alt+Shift+N');
  await expect.poll(() => ed.ui.cardText()).toContain('nocte');
  const fix = (await ed.ui.focused())!;
  const card = (await ed.ui.box('.vl-card'))!;
  // Focus is in the card, so the field shows its start: the card stays under the field, not beyond it.
  const fieldBox = (await sms.boundingBox())!;
  expect(card.x).toBeGreaterThanOrEqual(fieldBox.x);
  expect(card.x).toBeLessThanOrEqual(fieldBox.x + fieldBox.width);
  await page.screenshot({ path: 'artifacts/extension/input-scrolled-card.png' });
  await page.keyboard.press('Enter');
  await expect.poll(() => sms.inputValue()).toBe(message.replace('nocte', fix));
  await page.keyboard.press('Control+z');
  await expect.poll(() => sms.inputValue()).toBe(message);
});

test('password and email fields are never checked: no underline, no badge', async ({ browser2 }) => {
  const page = await browser2.context.newPage();
  const ed = new EditorPage(page, 'input');
  await ed.goto();
  for (const id of ['#secret', '#email']) {
    await page.locator(id).click();
    await page.keyboard.type('You failed to attend nocte');
  }
  // Then a checked field: once its underline is drawn, any check of the fields before it would have been too.
  await ed.type(SUBJECT);
  await expect.poll(() => ed.ui.badgeLabel()).toBe('Values Lens: 1 compassion');
  await expect.poll(() => ed.ui.underlines()).toEqual([FIX_FROM]);
  expect(await ed.ui.run((root) => root.querySelectorAll('.vl-mirror').length)).toBe(1);
});
