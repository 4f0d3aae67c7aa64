/**
 * The Firefox build in Debian's Firefox ESR, end to end: what a clinician sees and does in a
 * textarea and a contenteditable (underlines, the badge, the card from the keyboard, a fix, one
 * Ctrl+Z), the popup and the side bar, and that nothing left the machine or stored the letter.
 *
 * How the tests see what the extension draws in Firefox (no Chrome DevTools Protocol here):
 * - contenteditable underlines are CSS Custom Highlights (Firefox has the API since 140): the page
 *   reads CSS.highlights, which the content script's highlights share with it.
 * - the card, the badge and the textarea underlines are in a closed shadow root: WebDriver BiDi
 *   serialises closed roots on request and hands them to a sandboxed function (in-page-ui.ts).
 * - driving is by real keyboard input (Alt+Shift+N opens the card on the next finding with its
 *   first suggestion focused, Enter applies it), so the UI gets trusted events as from a person.
 * See firefox.ts for the browser's own traps (focus, remote settings, the recording proxy).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { chord, launchFirefox, openPage, PAGES, type Firefox } from './firefox.js';
import { highlightedTexts, InPageUi } from './in-page-ui.js';
import { FIX_FROM, FIX_TO, FLAGGED, LETTER } from '../extension/letters.js';

let ff: Firefox;
beforeAll(async () => {
  ff = await launchFirefox();
}, 60_000);
afterAll(async () => {
  await ff?.close();
});
// Every test doubles as the privacy check: nothing from any part of Firefox left the machine.
afterEach(() => {
  expect(ff.offMachine, 'requests that tried to leave the machine').toEqual([]);
});

type Kind = 'textarea' | 'contenteditable' | 'roosterjs' | 'input';

class Editor {
  readonly ui: InPageUi;
  constructor(
    readonly page: Page,
    readonly kind: Kind,
  ) {
    this.ui = new InPageUi(page);
  }

  static async open(kind: Kind): Promise<Editor> {
    const page = await openPage(ff, `${PAGES}/${kind}.html`);
    if (kind === 'roosterjs') await page.waitForFunction(() => 'rooster' in window);
    return new Editor(page, kind);
  }

  async type(text: string): Promise<void> {
    await this.page.click('#editor');
    await this.page.keyboard.type(text);
  }

  underlined(): Promise<string[]> {
    return this.kind === 'textarea' || this.kind === 'input' ? this.ui.underlines() : highlightedTexts(this.page);
  }

  /** What the field holds, as the page would send it (roosterjs: its own plain-text export). */
  text(): Promise<string> {
    return this.page.evaluate(() => {
      const rooster = (window as unknown as { rooster?: { getText(): string } }).rooster;
      if (rooster) return rooster.getText();
      const el = document.querySelector('#editor') as HTMLTextAreaElement | HTMLInputElement | HTMLElement;
      return 'value' in el ? el.value : el.innerText;
    });
  }
}

describe('Firefox: in the page', () => {
  it('the request recorder sees a page reaching for another host (so an empty record means none tried)', async () => {
    const page = await openPage(ff, `${PAGES}/textarea.html`);
    await page.evaluate(() => fetch('http://values-lens-test.invalid/ping', { mode: 'no-cors' }).catch(() => null));
    expect(ff.offMachine).toEqual(['GET http://values-lens-test.invalid/ping']);
    ff.offMachine.length = 0;
    await page.close();
  });

  for (const kind of ['textarea', 'contenteditable'] as const) {
    it(`${kind}: underlines and badge; the keyboard opens the card, Enter fixes, one Ctrl+Z restores`, async () => {
      const ed = await Editor.open(kind);
      await ed.type(LETTER);
      await expect.poll(() => ed.underlined(), { timeout: 15_000 }).toEqual(FLAGGED);
      await expect.poll(() => ed.ui.badgeLabel()).toBe('Values Lens: 1 compassion, 1 clarity');
      // The badge sits on the field's bottom-right corner, inside it (reviewers saw it overhang
      // the right edge in Firefox on its first draw).
      const badge = (await ed.ui.badgeBox())!;
      const field = await ed.page.$eval('#editor', (el) => el.getBoundingClientRect().toJSON() as DOMRect);
      expect(badge.right).toBeLessThanOrEqual(field.right);
      expect(badge.left).toBeGreaterThanOrEqual(field.left);
      expect(badge.bottom).toBeLessThanOrEqual(field.bottom);
      const before = await ed.text();

      await chord(ed.page, 'Control+Home');
      await chord(ed.page, 'Alt+Shift+KeyN');
      await expect.poll(() => ed.ui.cardText()).toContain('Compassion');
      await expect.poll(() => ed.ui.focused()).toBe(FIX_TO);
      await ed.page.keyboard.press('Enter');
      await expect.poll(() => ed.ui.cardText()).toBeNull();
      await expect.poll(() => ed.text()).toBe(before.replace(FIX_FROM, FIX_TO));
      await expect.poll(() => ed.underlined()).toEqual(['nocte']);

      await ed.page.focus('#editor');
      await chord(ed.page, 'Control+KeyZ');
      await expect.poll(() => ed.text()).toBe(before);
      await expect.poll(() => ed.underlined()).toEqual(FLAGGED);
      await ed.page.close();
    });
  }

  it('input type=text: underlined, the badge below the field, the card from the keyboard, a fix, one Ctrl+Z; a password field is never checked', async () => {
    const ed = await Editor.open('input');
    const subject = 'You failed to attend your appointment';
    await ed.page.click('#secret');
    await ed.page.keyboard.type('You failed to attend nocte');
    await ed.type(subject);
    await expect.poll(() => ed.underlined(), { timeout: 15_000 }).toEqual([FIX_FROM]);
    await expect.poll(() => ed.ui.badgeLabel()).toBe('Values Lens: 1 compassion');
    // One line has no free corner: the badge sits just below the field, right edges aligned.
    const badge = (await ed.ui.badgeBox())!;
    const field = await ed.page.$eval('#editor', (el) => el.getBoundingClientRect().toJSON() as DOMRect);
    expect(badge.top).toBeGreaterThanOrEqual(field.bottom);
    expect(Math.abs(badge.right - field.right)).toBeLessThanOrEqual(1);
    expect(await ed.ui.run((root) => root.querySelectorAll('.vl-mirror').length)).toBe(1);

    await chord(ed.page, 'Home');
    await chord(ed.page, 'Alt+Shift+KeyN');
    await expect.poll(() => ed.ui.focused()).toBe(FIX_TO);
    await ed.page.keyboard.press('Enter');
    await expect.poll(() => ed.ui.cardText()).toBeNull();
    await expect.poll(() => ed.text()).toBe(subject.replace(FIX_FROM, FIX_TO));
    await expect.poll(() => ed.underlined()).toEqual([]);
    await ed.page.focus('#editor');
    await chord(ed.page, 'Control+KeyZ');
    await expect.poll(() => ed.text()).toBe(subject);
    await expect.poll(() => ed.underlined()).toEqual([FIX_FROM]);
    await ed.page.close();
  });

  // Outlook on the web's editor (its own undo snapshots: extension/in-page/roosterjs-undo.ts).
  it('roosterjs: underlines; the keyboard opens the card, the fix goes into roosterjs\'s own model, one Ctrl+Z restores the typed text', async () => {
    const ed = await Editor.open('roosterjs');
    await ed.type(LETTER);
    await expect.poll(() => ed.underlined(), { timeout: 15_000 }).toEqual(FLAGGED);
    const before = await ed.text();
    expect(before).toContain(FIX_FROM);
    await chord(ed.page, 'Control+Home');
    await chord(ed.page, 'Alt+Shift+KeyN');
    await expect.poll(() => ed.ui.focused()).toBe(FIX_TO);
    await ed.page.keyboard.press('Enter');
    await expect.poll(() => ed.text()).toBe(before.replace(FIX_FROM, FIX_TO));
    await expect.poll(() => ed.underlined()).toEqual(['nocte']);
    await ed.page.focus('#editor');
    await chord(ed.page, 'Control+KeyZ');
    await expect.poll(() => ed.text()).toBe(before);
    await ed.page.close();
  });
});
