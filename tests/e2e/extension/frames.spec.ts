/**
 * Editors inside iframes (issue 12): one from another site, where the content script runs in the
 * frame itself (all_frames); and the about:blank and srcdoc frames editors create, which the
 * parent's script reaches while the frame's own script stays idle (frame-role.ts), so each field is
 * checked once. The fixture's privacy check (no request to any host) runs after each test too.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import { test, expect, PAGES } from './fixtures.js';
import { highlightedTexts } from './editor-page.js';
import { openExtensionPage, webTabId } from './extension-pages.js';
import { InPageUi } from './in-page-ui.js';
import { FIX_FROM, FIX_TO, FLAGGED, LETTER } from './letters.js';

type Box = { x: number; y: number; width: number; height: number };

/** The page's cross-origin frame, once its fields are there. */
async function crossFrame(page: Page): Promise<Frame> {
  await page.goto(`${PAGES}/cross-origin.html`);
  await expect.poll(() => page.frames().some((f) => f.url().startsWith('http://localhost:'))).toBe(true);
  const frame = page.frames().find((f) => f.url().startsWith('http://localhost:'))!;
  await frame.waitForSelector('#ce');
  return frame;
}

/** The frame's viewport and a field's box in it, in the frame's own coordinates. */
function frameBoxes(frame: Frame, selector: string): Promise<{ field: Box; viewport: { width: number; height: number } }> {
  return frame.evaluate((sel) => {
    const r = document.querySelector(sel)!.getBoundingClientRect();
    const root = document.documentElement;
    return { field: { x: r.x, y: r.y, width: r.width, height: r.height }, viewport: { width: root.clientWidth, height: root.clientHeight } };
  }, selector);
}

/** The badge lies wholly inside the field and the frame's viewport (nothing of it cut off by the frame's edge). */
async function expectBadgeInside(ui: InPageUi, frame: Frame, selector: string): Promise<void> {
  await expect.poll(() => ui.badgeLabel()).toBe('Values Lens: 1 compassion, 1 clarity');
  const badge = (await ui.box('.vl-badge'))!;
  const { field, viewport } = await frameBoxes(frame, selector);
  expect(badge.width).toBeGreaterThan(0);
  expect(badge.x).toBeGreaterThanOrEqual(field.x);
  expect(badge.y).toBeGreaterThanOrEqual(field.y);
  expect(badge.x + badge.width).toBeLessThanOrEqual(Math.min(field.x + field.width, viewport.width));
  expect(badge.y + badge.height).toBeLessThanOrEqual(Math.min(field.y + field.height, viewport.height));
}

const CROSS_FIELDS = [
  { name: 'textarea', selector: '#ta', value: (el: Element) => (el as HTMLTextAreaElement).value },
  { name: 'contenteditable', selector: '#ce', value: (el: Element) => (el as HTMLElement).innerText },
] as const;

for (const field of CROSS_FIELDS) {
  test(`a ${field.name} in a frame from another site: underlines, a badge inside the frame, the card from the keyboard, the fix and one Ctrl+Z`, async ({ browser2 }) => {
    const page = await browser2.context.newPage();
    const frame = await crossFrame(page);
    const ui = new InPageUi(page, null, frame);
    const text = () => frame.locator(field.selector).evaluate(field.value);
    const underlined = () => (field.name === 'textarea' ? ui.underlines() : highlightedTexts(frame));

    await frame.locator(field.selector).click();
    await page.keyboard.type(LETTER);
    await expect.poll(underlined).toEqual(FLAGGED);
    // Drawn in the frame's own document: the top page has no UI of ours at all.
    expect(await page.locator('values-lens-ui').count()).toBe(0);
    await expectBadgeInside(ui, frame, field.selector);

    const before = await text();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => ui.cardText()).toContain('Failed to attend');
    await expect.poll(() => ui.focused()).toBe(FIX_TO);
    await page.keyboard.press('Enter');
    await expect.poll(() => ui.cardText()).toBeNull();
    await expect.poll(text).toBe(before.replace(FIX_FROM, FIX_TO));
    await expect.poll(underlined).toEqual(['nocte']);
    await page.keyboard.press('Control+z');
    await expect.poll(text).toBe(before);
    await expect.poll(underlined).toEqual(FLAGGED);
  });
}

test('a card in a frame from another site sits inside the frame, and its "Why?" opens the guidance', async ({ browser2 }) => {
  const page = await browser2.context.newPage();
  const frame = await crossFrame(page);
  const ui = new InPageUi(page, null, frame);
  await frame.locator('#ta').click();
  await page.keyboard.type(LETTER);
  await expect.poll(() => ui.underlines()).toEqual(FLAGGED);
  await page.keyboard.press('Alt+Shift+N');
  await expect.poll(() => ui.cardText()).not.toBeNull();
  const card = (await ui.box('.vl-card'))!;
  const { viewport } = await frameBoxes(frame, '#ta');
  expect(card.x).toBeGreaterThanOrEqual(0);
  expect(card.x + card.width).toBeLessThanOrEqual(viewport.width);
  expect(card.y).toBeGreaterThanOrEqual(0);
  expect(card.y + card.height).toBeLessThanOrEqual(viewport.height);
  // The mouse is the page's: add the frame's place in it (and its 1px border).
  const why = (await ui.box('.vl-card button', { name: 'Why?' }))!;
  const at = (await page.locator('#frame').boundingBox())!;
  const opened = browser2.context.waitForEvent('page');
  await page.mouse.click(at.x + 1 + why.x + why.width / 2, at.y + 1 + why.y + why.height / 2);
  const guide = await opened;
  await guide.waitForLoadState();
  expect(guide.url()).toMatch(new RegExp(`^chrome-extension://${browser2.extensionId}/guidance/rules/[a-z0-9-]+\\.html$`));
});

const SAME_ORIGIN = [
  { kind: 'srcdoc', ready: () => !!document.querySelector('iframe')?.contentDocument?.querySelector('#editor') },
  { kind: 'blank-frame', ready: () => !!document.querySelector('iframe[data-ready]') },
] as const;

for (const { kind, ready } of SAME_ORIGIN) {
  test(`${kind}: the field is checked once (by the parent's script), with one UI, and the fix and Ctrl+Z work`, async ({ browser2 }) => {
    const page = await browser2.context.newPage();
    await page.goto(`${PAGES}/${kind}.html`);
    await page.waitForFunction(ready);
    const frame = page.mainFrame().childFrames()[0];
    const ui = new InPageUi(page, 0);
    const text = () => frame.locator('#editor').evaluate((el) => (el as HTMLElement).innerText);
    await frame.locator('#editor').click();
    await page.keyboard.type(LETTER);
    // Twice checked would mean two highlight sets, each phrase listed twice, and two UI roots.
    await expect.poll(() => highlightedTexts(frame)).toEqual(FLAGGED);
    await expect.poll(() => ui.badgeLabel()).toBe('Values Lens: 1 compassion, 1 clarity');
    expect(await frame.locator('values-lens-ui').count()).toBe(1);

    const before = await text();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => ui.focused()).toBe(FIX_TO);
    await page.keyboard.press('Enter');
    await expect.poll(text).toBe(before.replace(FIX_FROM, FIX_TO));
    await expect.poll(() => highlightedTexts(frame)).toEqual(['nocte']);
    await page.keyboard.press('Control+z');
    await expect.poll(text).toBe(before);
  });
}

// The same-site frame (iframe.html) has a script of its own, which must stay idle: when it answered
// too, the side panel got whichever frame replied first (often the frame's, with no field).
for (const { kind, ready } of [...SAME_ORIGIN, { kind: 'iframe', ready: () => !!document.querySelector('iframe')?.contentDocument?.querySelector('#editor') }]) {
  test(`the side panel counts the field of a ${kind} frame once`, async ({ browser2 }) => {
    const page = await browser2.context.newPage();
    await page.goto(`${PAGES}/${kind}.html`);
    await page.waitForFunction(ready);
    const frame = page.mainFrame().childFrames()[0];
    await frame.locator('#editor').click();
    await page.keyboard.type(LETTER);
    await expect.poll(() => highlightedTexts(frame)).toEqual(FLAGGED);
    const probe = await openExtensionPage(browser2, 'options.html');
    const tabId = await webTabId(probe);
    await probe.close();
    const panel = await openExtensionPage(browser2, `sidepanel.html?tab=${tabId}`);
    await expect(panel.getByRole('region', { name: 'Compassion findings' }).getByRole('button')).toHaveCount(1);
    await expect(panel.getByRole('region', { name: 'Clarity findings' }).getByRole('button')).toHaveCount(1);
    // And the page checked the field once: one UI root in the frame (a second script's would be a second).
    expect(await frame.locator('values-lens-ui').count()).toBe(1);
  });
}

/** The web page's tab id, for ?tab= (the side panel and popup open as tabs in these tests). */
async function tabIdOf(browser2: Parameters<typeof openExtensionPage>[0]): Promise<number> {
  const probe = await openExtensionPage(browser2, 'options.html');
  const tabId = await webTabId(probe);
  await probe.close();
  return tabId;
}

/** A field in the top page and one in the frame from another site, each typed in, the frame's last. */
async function bothFields(page: Page, frame: Frame, topText: string, frameText: string): Promise<InPageUi> {
  await page.locator('#top-editor').click();
  await page.keyboard.type(topText);
  await expect.poll(() => InPageUi.of(page).underlines()).toEqual(['You failed to attend']);
  await frame.locator('#ta').click();
  await page.keyboard.type(frameText);
  const frameUi = new InPageUi(page, null, frame);
  await expect.poll(() => frameUi.underlines()).toContain('nocte');
  return frameUi;
}

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the side panel follows the focused field into a frame from another site and back: its findings once, reveal in the frame, axe clean', async ({ browser2 }) => {
  const page = await browser2.context.newPage();
  const frame = await crossFrame(page);
  const frameUi = await bothFields(page, frame, 'You failed to attend.', 'Take one tablet nocte.');
  const panel = await openExtensionPage(browser2, `sidepanel.html?tab=${await tabIdOf(browser2)}`);
  const clarity = panel.getByRole('region', { name: 'Clarity findings' }).getByRole('button');
  const compassion = panel.getByRole('region', { name: 'Compassion findings' }).getByRole('button');
  // The frame's field, whose only finding is "nocte"; the page's "You failed to attend" is not mixed in.
  await expect(clarity).toHaveCount(1);
  await expect(compassion).toHaveCount(0);
  await expect(panel.getByText('The box you are writing in comes from another site')).toContainText('localhost');
  const axe = await new AxeBuilder({ page: panel }).withTags(WCAG).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);

  // Reveal goes to the frame: the caret and selection on the finding in the frame's own textarea, its card open there.
  await clarity.click();
  await expect
    .poll(() => frame.evaluate(() => {
      const t = document.activeElement as HTMLTextAreaElement;
      return `${t.id}: ${t.value.slice(t.selectionStart, t.selectionEnd)}`;
    }))
    .toBe('ta: nocte');
  await expect.poll(() => frameUi.cardText()).toContain('nocte');
  expect(await InPageUi.of(page).cardText()).toBeNull(); // and not in the page around it

  // Back in the page's own field: its report wins again (the panel follows on report:changed).
  await page.bringToFront();
  await page.locator('#top-editor').click();
  await page.keyboard.type(' Thank you.');
  await expect(compassion).toHaveCount(1);
  await expect(clarity).toHaveCount(0);
  await expect(panel.getByText('The box you are writing in comes from another site')).toHaveCount(0);
});

test('a frame\'s report goes when the frame navigates or is removed: the panel falls back to the page\'s own field', async ({ browser2 }) => {
  const page = await browser2.context.newPage();
  const frame = await crossFrame(page);
  await bothFields(page, frame, 'You failed to attend.', 'Take one tablet nocte.');
  const panel = await openExtensionPage(browser2, `sidepanel.html?tab=${await tabIdOf(browser2)}`);
  const clarity = panel.getByRole('region', { name: 'Clarity findings' }).getByRole('button');
  const compassion = panel.getByRole('region', { name: 'Compassion findings' }).getByRole('button');
  await expect(clarity).toHaveCount(1);
  // The frame loads a new document (no field in it yet): its old report must not stay.
  await page.evaluate(() => {
    const f = document.getElementById('frame') as HTMLIFrameElement;
    f.src = `${f.src.split('?')[0]}?again`;
  });
  await expect(compassion).toHaveCount(1);
  await expect(clarity).toHaveCount(0);

  // Into the new document's field, then the frame is taken out of the page.
  const again = page.frames().find((f) => f.url().endsWith('?again'))!;
  await again.waitForSelector('#ta');
  await page.bringToFront();
  await again.locator('#ta').click();
  await page.keyboard.type('Take one tablet nocte.');
  await expect(clarity).toHaveCount(1);
  await expect(compassion).toHaveCount(0);
  await page.evaluate(() => document.getElementById('frame')!.remove());
  await expect(compassion).toHaveCount(1);
  await expect(clarity).toHaveCount(0);
});

test('the popup with the focused field in a frame from another site: that field\'s counts, not added to the page\'s; the page\'s site named, the frame\'s own switch; one badge per field', async ({ browser2 }) => {
  const page = await browser2.context.newPage();
  const frame = await crossFrame(page);
  // The page's field has 1 compassion finding; the frame's has 1 compassion and 1 clarity.
  const frameUi = await bothFields(page, frame, 'You failed to attend.', LETTER);
  await expect.poll(() => frameUi.underlines()).toEqual(FLAGGED);
  // A badge on each field, each in its own document, and never two on one field.
  const badges = (ui: InPageUi) => ui.run((root) => root.querySelectorAll('.vl-badge').length);
  await expect.poll(() => InPageUi.of(page).badgeLabel()).toBe('Values Lens: 1 compassion');
  await expect.poll(() => frameUi.badgeLabel()).toBe('Values Lens: 1 compassion, 1 clarity');
  expect(await badges(InPageUi.of(page))).toBe(1);
  expect(await badges(frameUi)).toBe(1);

  const popup = await openExtensionPage(browser2, `popup.html?tab=${await tabIdOf(browser2)}`);
  const counts = popup.getByRole('list', { name: 'Findings in the focused field' });
  await expect(counts).toContainText('Compassion: 1');
  await expect(counts).toContainText('Clarity: 1');
  await expect(popup.getByText(/Check what I write on/)).toContainText('127.0.0.1');
  await expect(popup.locator('#vl-frame-note')).toContainText('localhost');
  await expect(popup.locator('#vl-frame-note')).toContainText('covers 127.0.0.1 only');
  await expect(popup.getByRole('heading', { name: 'The box you are writing in' })).toBeVisible();
  await popup.screenshot({ path: 'artifacts/extension/popup-frame.png' });
  const axe = await new AxeBuilder({ page: popup }).withTags(WCAG).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);

  // The frame's switch turns off the frame's site only: its underlines go, the page's stay; and
  // the switch stays there to turn it on again.
  const frameSwitch = popup.getByLabel(/Check what I write in boxes from/);
  await frameSwitch.uncheck();
  await expect.poll(() => frameUi.underlines()).toEqual([]);
  await expect(frameSwitch).not.toBeChecked();
  await expect(popup.getByLabel(/Check what I write on/)).toBeChecked();
  expect(await InPageUi.of(page).underlines()).toEqual(['You failed to attend']);
  await frameSwitch.check();
  await expect.poll(() => frameUi.underlines()).toEqual(FLAGGED);
});

test('turning checking off for the page\'s site leaves the frame from another site on: each frame follows its own site\'s setting', async ({ browser2 }) => {
  const page = await browser2.context.newPage();
  const frame = await crossFrame(page);
  const frameUi = new InPageUi(page, null, frame);
  await page.locator('#top-editor').click();
  await page.keyboard.type('You failed to attend.');
  await expect.poll(() => InPageUi.of(page).underlines()).toEqual(['You failed to attend']);
  await frame.locator('#ta').click();
  await page.keyboard.type('Take one tablet nocte.');
  await expect.poll(() => frameUi.underlines()).toEqual(['nocte']);
  const probe = await openExtensionPage(browser2, 'options.html');
  const tabId = await webTabId(probe);
  await probe.close();
  const popup = await openExtensionPage(browser2, `popup.html?tab=${tabId}`);
  // The popup names the page's site (the top frame answers it), not the frame's.
  await expect(popup.getByText(/Check what I write on/)).toContainText('127.0.0.1');
  await popup.getByLabel(/Check what I write on/).uncheck();
  await page.bringToFront();
  await expect.poll(() => InPageUi.of(page).underlines()).toEqual([]);
  // The frame was sent the page's config too, and asked for its own site's instead: still checking.
  await frame.locator('#ta').click();
  await page.keyboard.type(' Take it nocte.');
  await expect.poll(() => frameUi.underlines()).toEqual(['nocte', 'nocte']);
});
