import { test, expect } from './fixtures.js';
import { EditorPage } from './editor-page.js';
import { dumpExtensionStorage } from './extension-pages.js';
import { InsightsPage, reportText } from './insights-page.js';

// Words only this letter contains: none may reach the extension's storage.
const SECRET = 'Zephyrine Quarterman';
const LETTER = `Dear ${SECRET},\n\nYou failed to attend your appointment at Blackwater Clinic. Take it nocte.`;

test('after checking, fixing and ignoring, the extension has stored no letter text (and made no request: see the fixture)', async ({ browser2 }) => {
  const first = new EditorPage(await browser2.context.newPage(), 'textarea');
  await first.goto();
  await first.type(LETTER);
  await expect.poll(() => first.underlined()).toEqual(['You failed to attend', 'nocte']);
  await first.clickPhrase('nocte');
  await first.ui.press('Ignore here');
  await expect.poll(() => first.underlined()).toEqual(['You failed to attend']);
  await first.clickPhrase('failed to attend');
  await first.ui.press('You did not attend');
  await expect.poll(() => first.underlined()).toEqual([]);
  // Another editor on the same site: the ignored finding stays ignored.
  const second = new EditorPage(await browser2.context.newPage(), 'tiptap');
  await second.goto();
  await second.type(LETTER);
  await expect.poll(() => second.underlined()).toEqual(['You failed to attend']);
  const stored = await dumpExtensionStorage(browser2);
  // Something was stored (ignores, counts), so the check below is not vacuous.
  expect(stored).toContain('nocte-mane#');
  expect(stored).toContain('failed-to-attend');
  for (const word of ['Zephyrine', 'Quarterman', 'Blackwater', 'appointment', 'failed to attend', 'nocte.']) {
    expect(stored, `storage holds "${word}"`).not.toContain(word);
  }
});

test('after a fix, an ignore and a false-alarm report, the letter\'s words are in no storage, insights page, CSV or report', async ({ browser2 }) => {
  test.setTimeout(120_000);
  const ed = new EditorPage(await browser2.context.newPage(), 'textarea');
  await ed.goto();
  await ed.type(LETTER);
  await expect.poll(() => ed.underlined()).toEqual(['You failed to attend', 'nocte']);
  await ed.clickPhrase('nocte');
  await ed.ui.press('This is wrong here');
  const download = ed.page.waitForEvent('download');
  await ed.ui.press('Save as file');
  await download;
  const report = (await reportText(ed.ui))!;
  await ed.clickPhrase('nocte');
  await ed.ui.press('Ignore here');
  await ed.clickPhrase('failed to attend');
  await ed.ui.press('You did not attend');
  await expect.poll(() => ed.underlined()).toEqual([]);

  const insights = await InsightsPage.open(browser2);
  await expect.poll(() => insights.lastRow('Fixes applied')).toMatchObject({ 'Fixes applied': '1', Ignored: '1', 'Reported as wrong': '1' });
  const places = {
    storage: await dumpExtensionStorage(browser2),
    insights: await insights.page.content(),
    csv: await insights.exportCsv(),
    report,
  };
  // Each place holds something (so the checks below are not vacuous): the rules' ids or titles.
  expect(places.storage).toContain('reported');
  expect(places.csv).toContain('nocte-mane,clarity,reported,1');
  expect(places.insights).toContain('Latin times of day');
  expect(places.report).toContain('Rule: nocte-mane');
  for (const [where, text] of Object.entries(places)) {
    for (const word of ['Zephyrine', 'Quarterman', 'Blackwater', 'appointment', 'failed to attend', 'nocte.']) {
      expect(text, `${where} holds "${word}"`).not.toContain(word);
    }
  }
});
