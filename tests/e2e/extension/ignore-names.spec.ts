/**
 * Ignore keys must not give away patients' names (issue 11, defect 4). An ignore key was an
 * unsalted 32-bit hash of the flagged words; for the third-person rule those are "Mrs <Surname>",
 * which a list of names recovered in a few dozen guesses. Here a letter to Mrs Okonkwo has both
 * kinds of finding that carry a name ("Mrs Okonkwo" in her own letter, and "Mr Adebayo claimed",
 * whose wildcard caught the name); both are ignored, then an attacker holding everything the
 * extension stored (its secret key included) tries a list of names under every way the
 * extension has ever keyed an ignore. No name may come out.
 */
import { test, expect } from './fixtures.js';
import { EditorPage } from './editor-page.js';
import { dumpExtensionStorage } from './extension-pages.js';
import { ignoreKey } from '../../../extension/in-page/ignore-key.js';
import { siteKey } from '../../../extension/background/site-keys.js';

const LETTER = 'Dear Mrs Okonkwo,\n\nMrs Okonkwo came to clinic today with her daughter. Her neighbour Mr Adebayo claimed the pain was worse.';
const SURNAMES = [
  'Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Johnson', 'Roberts', 'Robinson', 'Thompson',
  'Wright', 'Walker', 'White', 'Edwards', 'Hughes', 'Green', 'Hall', 'Lewis', 'Harris', 'Clarke', 'Patel', 'Jackson', 'Wood', 'Turner',
  'Martin', 'Cooper', 'Hill', 'Ward', 'Morris', 'Moore', 'Clark', 'Lee', 'King', 'Baker', 'Harrison', 'Morgan', 'Allen', 'James', 'Scott',
  'Khan', 'Ali', 'Begum', 'Singh', 'Okafor', 'Okonkwo', 'Adebayo', 'Mensah', 'Nowak', 'Kowalski', 'Murphy', 'Kelly', 'Oduya',
];
const TITLES = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr'];

/** The key before this fix: FNV-1a over the lower-cased words, base 36. */
function unsaltedKey(ruleId: string, words: string): string {
  let h = 0x811c9dc5;
  for (const ch of words.toLowerCase().replace(/\s+/g, ' ').trim()) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${ruleId}#${h.toString(36)}`;
}

/** Every way the extension has keyed an ignore: the old unsalted hash, and an HMAC under the stored secret's key for the site. */
async function keyings(stored: string): Promise<Array<(ruleId: string, words: string) => string>> {
  const secrets = (JSON.parse(stored)['values-lens/secrets'] ?? []) as Array<{ value: string }>;
  const keys = await Promise.all(secrets.map((s) => siteKey(s.value, '127.0.0.1')));
  return [unsaltedKey, ...keys.map((k) => (ruleId: string, words: string) => ignoreKey(k, ruleId, words.toLowerCase()))];
}

/** Every name the attacker can confirm from what is stored. */
async function namesRecovered(stored: string): Promise<string[]> {
  const keyed = await keyings(stored);
  return SURNAMES.filter((name) =>
    stored.includes(name) ||
    TITLES.some((t) =>
      [['third-person-name', `${t} ${name}`], ['claims', `${t} ${name} claimed`], ['claims', `${t} ${name} claims`]].some(([rule, words]) =>
        keyed.some((key) => stored.includes(key(rule, words))),
      ),
    ),
  );
}

test('after ignoring findings that contain a patient\'s name, nothing stored gives the name away', async ({ browser2 }) => {
  const ed = new EditorPage(await browser2.context.newPage(), 'textarea');
  await ed.goto();
  await ed.type(LETTER);
  // "her daughter" and "Her neighbour" are the reader's too (she was named just before; the
  // daughter came in as hers, not as another "she"): findings with no name in them.
  await expect.poll(() => ed.underlined()).toEqual(['Mrs Okonkwo', 'her', 'Her', 'Mr Adebayo claimed']);
  await ed.clickPhrase('Mrs Okonkwo');
  await ed.ui.press('Ignore here');
  await expect.poll(() => ed.underlined()).toEqual(['her', 'Her', 'Mr Adebayo claimed']);
  await ed.clickPhrase('Mr Adebayo claimed');
  await ed.ui.press('Ignore here');
  await expect.poll(() => ed.underlined()).toEqual(['her', 'Her']);

  const stored = await dumpExtensionStorage(browser2);
  // The attacker's method works: it finds a name it is shown, under either keying.
  const [, keyed] = await keyings(stored);
  expect(keyed, 'the extension keeps its secret where the attacker looks').toBeDefined();
  expect(await namesRecovered(stored.replace(/\}$/, `,"x":"${unsaltedKey('claims', 'Mr Smith claimed')} ${keyed('claims', 'Mr Jones claimed')}"}`))).toEqual(['Smith', 'Jones']);
  expect(await namesRecovered(stored)).toEqual([]);

  // The ignore that names the reader lasted for that page only; the other is kept for the site.
  await ed.page.reload();
  await ed.goto();
  await ed.type(LETTER);
  await expect.poll(() => ed.underlined()).toEqual(['Mrs Okonkwo', 'her', 'Her']);
});
