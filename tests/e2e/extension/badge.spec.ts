/**
 * The badge on a noisy letter (issue 13: "Ca 3 Co 5 R 5 Cl 25" read as calcium and chloride, and
 * a badge that wide covers the letter): it shows the total, spells the counts out in its
 * accessible name and in a tooltip on hover, which Escape hides, and stays small.
 */
import { test, expect } from './fixtures.js';
import { EditorPage } from './editor-page.js';

const NOISY = 'Dear Sam,\n\nYou failed to attend your appointment. Take one tablet nocte. Then one more nocte. And a third nocte. And a fourth nocte.';

/** The tooltip's display and text, read in the closed UI root. */
function tip(ed: EditorPage) {
  return ed.ui.run((root) => {
    const t = root.querySelector('.vl-tip');
    return t ? { display: getComputedStyle(t).display, text: [...t.children].map((c) => c.textContent).join(' | ') } : null;
  });
}

test('the badge shows the total, spells the lenses out on hover and in its name, and stays narrow', async ({ browser2 }) => {
  const ed = new EditorPage(await browser2.context.newPage(), 'textarea');
  await ed.goto();
  await ed.type(NOISY);
  await expect.poll(() => ed.ui.badgeLabel()).toBe('Values Lens: 1 compassion, 4 clarity');
  // What is drawn on the badge itself (the tooltip aside): the total, and no one- or two-letter lens marks.
  const face = await ed.ui.run((root) => {
    const b = root.querySelector('.vl-badge')!;
    return [...b.children].filter((c) => !c.classList.contains('vl-tip')).map((c) => c.textContent).join('');
  });
  expect(face).toBe('5');
  const badge = (await ed.ui.box('.vl-badge'))!;
  // Small enough not to cover the letter: the total and the line stack fit in 40px.
  expect(badge.width).toBeLessThanOrEqual(40);
  await ed.ui.screenshot('.vl-badge', 'artifacts/extension/badge-noisy.png');

  expect((await tip(ed))!.display).toBe('none');
  await ed.page.mouse.move(badge.x + badge.width / 2, badge.y + badge.height / 2);
  await expect.poll(async () => (await tip(ed))!.display).toBe('flex');
  expect((await tip(ed))!.text).toBe('Values Lens | 1 compassion | 4 clarity');
  await ed.page.screenshot({ path: 'artifacts/extension/badge-tooltip.png' });
  // WCAG 1.4.13: dismissed without moving the pointer; focus stays in the letter.
  await ed.page.keyboard.press('Escape');
  await expect.poll(async () => (await tip(ed))!.display).toBe('none');
  await expect(ed.editor).toBeFocused();
});
