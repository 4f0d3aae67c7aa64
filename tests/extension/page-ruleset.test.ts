/**
 * The background merges the rule packs and the organisation's phrases into the ruleset it sends a
 * tab (content:get-ruleset), so the content script every page loads carries neither the pack merger
 * nor the phrase compiler (issue 10). What a tab checks with must be what it checked with when it
 * merged them itself: pack and phrase findings beside the built-in ones, the built-in rules still
 * running when the packs cannot be merged.
 */
import { describe, expect, it } from 'vitest';
import { createChecker, readPack } from '../../engine/index.js';
import { pageRulesets } from '../../extension/background/page-ruleset.js';
import { CARD_CSS } from '../../extension/protocol/card-css.js';
import { customRuleId } from '../../extension/protocol/ids.js';
import type { CustomPhrase } from '../../extension/protocol/settings-shapes.js';
import { PACK } from './pack-fixture.js';
import { realRuleset } from './real-ruleset.js';

const pack = readPack(PACK);
const PHRASE: CustomPhrase = { phrase: '{hang|hold} in there', suggestion: 'we are here to help', lens: 'compassion', explanation: 'Sounds dismissive.' };
const LETTER = 'We have referred you to the IAPT service. Hang in there. You failed to attend.';
const found = (page: ReturnType<ReturnType<typeof pageRulesets>>) => createChecker(page.ruleset).check(LETTER).map((f) => f.ruleId);

describe('the ruleset the background sends a tab', () => {
  it('has the packs and phrases in force beside the built-in rules, and names each pack rule\'s pack', () => {
    const page = pageRulesets(realRuleset())([pack], [PHRASE]);
    expect(found(page)).toEqual(expect.arrayContaining(['example-trust-services/iapt-renamed', customRuleId(PHRASE), 'failed-to-attend']));
    expect(page.packRules['example-trust-services/iapt-renamed']).toMatchObject({ pack: { name: 'example-trust-services' }, rule: { id: 'iapt-renamed' } });
    // What crosses to the tab is plain data (structured clone), with no functions lost on the way.
    expect(structuredClone(page)).toEqual(page);
  });

  it('is the built-in ruleset as it is when no packs or phrases are in force', () => {
    const base = realRuleset();
    expect(pageRulesets(base)([], [])).toEqual({ ruleset: base, packRules: {}, css: CARD_CSS });
  });

  it('still runs the built-in rules and the phrases when the packs cannot be merged', () => {
    const page = pageRulesets(realRuleset())([pack, pack], [PHRASE]); // two packs of one name
    expect(found(page)).toEqual(expect.arrayContaining([customRuleId(PHRASE), 'failed-to-attend']));
    expect(found(page)).not.toContain('example-trust-services/iapt-renamed');
    expect(page.packRules).toEqual({});
  });

  it('is merged once for the many tabs that ask with the same packs and phrases', () => {
    const forPage = pageRulesets(realRuleset());
    const first = forPage([pack], [PHRASE]);
    expect(forPage([structuredClone(pack)], [{ ...PHRASE }])).toBe(first);
    const other = forPage([pack], []);
    expect(other).not.toBe(first);
    expect(found(other)).not.toContain(customRuleId(PHRASE));
    expect(forPage([pack], [PHRASE])).toBe(first);
  });
});
