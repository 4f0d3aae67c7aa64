/**
 * The managed policy, end to end, in Firefox (Chromium reads managed storage only from
 * system-wide policy files, which a test must not write; Firefox also reads a per-user native
 * manifest, which firefox.ts puts in a home folder of the run's own). The policy pushes a rule
 * pack, locks the clarity lens on (beside disabledLenses turning it off), sets an audience per site,
 * excludes a site, sets the address for false-alarm reports, and has one invalid value. What must happen: the invalid value alone is ignored
 * with a warning, everything else applies; the options page shows what the organisation set,
 * the pushed pack as the organisation's (not removable) and the locked lens disabled with its
 * reason; and the pack's rule flags in a field.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chord, launchFirefox, openExtensionPage, openPage, PAGES, type Firefox } from './firefox.js';
import { InPageUi } from './in-page-ui.js';
import { PACK } from '../../extension/pack-fixture.js';

let ff: Firefox;
beforeAll(async () => {
  mkdirSync('artifacts/firefox', { recursive: true });
  ff = await launchFirefox({
    managedStorage: {
      defaultAudience: 'everyone',
      disabledLenses: ['clarity'],
      lockedLenses: ['clarity'],
      siteAudiences: { '127.0.0.1': 'patient' },
      excludedSites: ['training.example.org'],
      packs: [PACK],
      falseAlarmAddress: 'values-lens@example.nhs.uk',
    },
  });
}, 60_000);
afterAll(async () => {
  await ff?.close();
});
afterEach(() => {
  expect(ff.offMachine, 'requests that tried to leave the machine').toEqual([]);
});

describe('a managed policy', () => {
  it('the options page shows what the organisation set, its one warning, the managed pack and the locked lens', async () => {
    const page = await openExtensionPage(ff, 'options.html');
    await page.waitForSelector('#policy-summary');
    const summary = await page.$eval('#policy-summary', (e) => (e as HTMLElement).innerText);
    expect(summary).toContain('Set by your organisation');
    expect(summary).toMatch(/defaultAudience \("everyone"\) was ignored: it must be one of patient, parent, carer, clinician\./);
    expect(summary).toMatch(/Lenses that stay on: Clarity \(set by your organisation\)/);
    expect(summary).toMatch(/Audience by site: 127\.0\.0\.1: Patient \(set by your organisation\)/);
    expect(summary).toMatch(/Never runs on: training\.example\.org \(set by your organisation\)/);
    expect(summary).toMatch(/Rule packs: example-trust-services \(set by your organisation\)/);
    // One warning: everything else applied.
    expect(await page.$$eval('#policy-summary [role="alert"] li', (l) => l.length)).toBe(1);

    const lens = await page.$eval('#lens-clarity', (e) => ({
      checked: (e as HTMLInputElement).checked,
      disabled: (e as HTMLInputElement).disabled,
      why: document.getElementById(e.getAttribute('aria-describedby') ?? '')?.innerText,
    }));
    expect(lens).toEqual({ checked: true, disabled: true, why: 'Kept on by your organisation' });
    expect(await page.$$eval('input[id^="lens-"]:disabled', (l) => l.map((e) => e.id))).toEqual(['lens-clarity']);

    const pack = await page.$eval('tr[data-pack="example-trust-services"]', (e) => ({ text: (e as HTMLElement).innerText, buttons: e.querySelectorAll('button').length }));
    expect(pack.text).toContain('Set by your organisation');
    expect(pack.buttons).toBe(0);
    await page.screenshot({ path: 'artifacts/firefox/options-policy.png' });
    await page.close();
  });

  it('the pushed pack\'s rule flags in a field, its lens kept on by the lock', async () => {
    const page = await openPage(ff, `${PAGES}/textarea.html`);
    const ui = new InPageUi(page);
    await page.click('#editor');
    await page.keyboard.type('We have referred you to the IAPT service, who will write to you.');
    await expect.poll(() => ui.underlines(), { timeout: 15_000 }).toEqual(['the IAPT service']);
    await page.close();
  });

  it('with the policy\'s address, "This is wrong here" offers to e-mail the report there (and still to copy or save it)', async () => {
    const page = await openPage(ff, `${PAGES}/textarea.html`);
    const ui = new InPageUi(page);
    await page.click('#editor');
    await page.keyboard.type('We have referred you to the IAPT service, who will write to you.');
    await expect.poll(() => ui.underlines(), { timeout: 15_000 }).toEqual(['the IAPT service']);
    await chord(page, 'Control+Home');
    await chord(page, 'Alt+Shift+KeyN');
    await expect.poll(() => ui.cardText()).toContain('IAPT is now NHS Talking Therapies');
    // From the keyboard: Tab to "This is wrong here", as a clinician would.
    for (let i = 0; i < 8 && (await ui.focused()) !== 'This is wrong here'; i++) await page.keyboard.press('Tab');
    expect(await ui.focused()).toBe('This is wrong here');
    await page.keyboard.press('Enter');
    await expect.poll(() => ui.cardText()).toContain('copy it, save it or e-mail it yourself');
    const mail = await ui.run((root) => [...root.querySelectorAll('.vl-card button')].map((b) => b.textContent));
    expect(mail).toEqual(expect.arrayContaining(['Copy', 'Save as file', 'E-mail']));
    await page.close();
  });
});
