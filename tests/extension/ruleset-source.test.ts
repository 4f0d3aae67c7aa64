/**
 * The content script asks the background for the ruleset when the first field is checked. A reply
 * that failed (the background restarting) or was not the ruleset (an error sent back) used to leave
 * the page unchecked until the clinician typed again, or for good: a letter typed before the rules
 * arrived stayed without underlines. The background merges the packs and phrases in force into it
 * (page-ruleset.ts), so a config with other packs or phrases must bring a new ruleset to the page.
 */
import { describe, expect, it } from 'vitest';
import { readPack } from '../../engine/index.js';
import { pageRulesets } from '../../extension/background/page-ruleset.js';
import { RulesetSource } from '../../extension/in-page/ruleset-source.js';
import { checkField, type CheckLoopDeps } from '../../extension/in-page/check-loop.js';
import { FieldSession } from '../../extension/in-page/field-session.js';
import type { Field } from '../../extension/in-page/field.js';
import { PageState } from '../../extension/in-page/page-state.js';
import { CONFIG } from './check-loop-harness.js';
import type { CustomPhrase } from '../../extension/protocol/settings-shapes.js';
import { PACK } from './pack-fixture.js';
import { realPageRuleset, realRuleset } from './real-ruleset.js';

/** A source whose background answers with `replies` in turn, and whose pauses run when the test says. */
function sourceWith(replies: Array<unknown>) {
  const paused: Array<{ fn: () => void; ms: number }> = [];
  let arrived = 0;
  let asked = 0;
  const source = new RulesetSource(
    async () => {
      asked++;
      const r = replies.shift();
      if (r instanceof Error) throw r;
      return r;
    },
    () => arrived++,
    (fn, ms) => paused.push({ fn, ms }),
  );
  const settle = () => new Promise((ok) => setTimeout(ok, 0));
  const runPauses = async () => {
    for (const p of paused.splice(0)) p.fn();
    await settle();
  };
  return { source, paused, settle, runPauses, arrived: () => arrived, asked: () => asked };
}

describe('loading the ruleset in the page', () => {
  it('asks again after a pause when the request failed, with no further edit, and then checks', async () => {
    const t = sourceWith([new Error('Could not establish connection. Receiving end does not exist.'), realPageRuleset()]);
    t.source.request();
    await t.settle();
    expect(t.source.checker()).toBeNull();
    expect(t.paused.map((p) => p.ms)).toEqual([500]);
    await t.runPauses();
    expect(t.asked()).toBe(2);
    expect(t.arrived()).toBe(1);
    expect(t.source.checker()?.check('Take one tablet nocte.', { audience: 'patient' }).map((f) => f.actual)).toEqual(['nocte']);
  });

  it('does not take an error reply for the ruleset, and asks again', async () => {
    const t = sourceWith([{ error: 'Error: something broke' }, undefined, realPageRuleset()]);
    t.source.request();
    await t.settle();
    expect(t.source.checker()).toBeNull();
    await t.runPauses();
    expect(t.source.checker()).toBeNull();
    await t.runPauses();
    expect(t.arrived()).toBe(1);
    expect(t.source.checker()).not.toBeNull();
    expect(t.asked()).toBe(3);
  });

  it('stops asking on its own after five failures (the next check asks again)', async () => {
    const t = sourceWith(Array.from({ length: 7 }, () => new Error('down')).concat([realPageRuleset() as never]));
    t.source.request();
    await t.settle();
    for (let i = 0; i < 6; i++) await t.runPauses();
    expect(t.asked()).toBe(6);
    expect(t.paused).toEqual([]);
    t.source.request();
    await t.settle();
    expect(t.asked()).toBe(7);
  });

  it('does not take the bare ruleset (the reply before packs and phrases were merged in the background) for the rules', async () => {
    const t = sourceWith([realRuleset()]);
    t.source.request();
    await t.settle();
    expect(t.source.checker()).toBeNull();
    expect(t.paused.map((p) => p.ms)).toEqual([500]);
  });
});

const forPage = pageRulesets(realRuleset());
const PHRASE: CustomPhrase = { phrase: '{hang|hold} in there', suggestion: '', lens: 'compassion', explanation: '' };
const pack = readPack(PACK);
const flagged = (t: ReturnType<typeof sourceWith>, text: string) => t.source.checker()?.check(text, { audience: 'patient' }).map((f) => f.actual.toLowerCase());

describe('packs and phrases in the page', () => {
  it('asks again when the config brings other phrases, checking with the rules in hand until the new ones come', async () => {
    let answer!: (r: unknown) => void;
    const t = sourceWith([forPage([], []), new Promise((ok) => (answer = ok))]);
    t.source.setConfig({ customPhrases: [] });
    t.source.request();
    await t.settle();
    expect(flagged(t, 'Hang in there, nocte.')).toEqual(['nocte']);
    t.source.setConfig({ customPhrases: [PHRASE] });
    await t.settle();
    expect(t.asked()).toBe(2);
    expect(flagged(t, 'Hang in there, nocte.')).toEqual(['nocte']);
    answer(forPage([], [PHRASE]));
    await t.settle();
    expect(t.arrived()).toBe(2);
    expect(flagged(t, 'Hang in there, nocte.')).toEqual(['hang in there', 'nocte']);
  });

  it('asks nothing for a config with the same packs and phrases, nor before a field needs the rules', async () => {
    const t = sourceWith([forPage([pack], [PHRASE])]);
    t.source.setConfig({ customPhrases: [PHRASE], packs: [pack] });
    t.source.setConfig({ customPhrases: [{ ...PHRASE }], packs: [structuredClone(pack)] });
    await t.settle();
    expect(t.asked()).toBe(0);
    t.source.request();
    await t.settle();
    t.source.setConfig({ customPhrases: [PHRASE], packs: [pack] });
    t.source.request();
    await t.settle();
    expect(t.asked()).toBe(1);
  });

  it('asks once more when the packs change while the ruleset is on its way, and ends with the new one', async () => {
    let answer!: (r: unknown) => void;
    const t = sourceWith([new Promise((ok) => (answer = ok)), forPage([pack], [])]);
    t.source.request();
    await t.settle();
    t.source.setConfig({ customPhrases: [], packs: [pack] });
    await t.settle();
    expect(t.asked()).toBe(1);
    answer(forPage([], []));
    await t.settle();
    await t.settle();
    expect(t.asked()).toBe(2);
    expect(t.arrived()).toBe(2);
    expect(t.source.checker()?.check('We have referred you to the IAPT service.').map((f) => f.ruleId)).toContain('example-trust-services/iapt-renamed');
  });

  it("names a pack rule's pack from what the background sent, and nothing for other ids", async () => {
    const t = sourceWith([forPage([pack], [])]);
    t.source.request();
    await t.settle();
    expect(t.source.packRule('example-trust-services/iapt-renamed')?.pack.name).toBe('example-trust-services');
    expect(t.source.packRule('nocte-mane')).toBeUndefined();
    expect(t.source.packRule('constructor')).toBeUndefined();
  });
});

describe('the check loop and a ruleset that failed to come after a change', () => {
  it('a config with new phrases whose ruleset failed five times: the next check asks again, and the new phrase is then flagged', async () => {
    const t = sourceWith([forPage([], []), ...Array.from({ length: 6 }, () => new Error('down')), forPage([], [PHRASE])]);
    const state = new PageState();
    state.config = { ...CONFIG, customPhrases: [] };
    const deps: CheckLoopDeps = { state, rules: t.source, send: async () => {}, forget() {}, checked() {} };
    let text = 'Hang in there, nocte.';
    const field = { element: { isConnected: true }, read: () => text, paint() {}, dispose() {}, caret: () => null } as unknown as Field;
    const session = new FieldSession(field, (s) => checkField(s, deps));
    t.source.setConfig(state.config);
    session.checkNow();
    await t.settle();
    session.checkNow();
    expect(session.findings.map((f) => f.actual)).toEqual(['nocte']);
    // The organisation adds a phrase; the background is down for every retry.
    state.config = { ...CONFIG, customPhrases: [PHRASE] };
    t.source.setConfig(state.config);
    await t.settle();
    for (let i = 0; i < 6; i++) await t.runPauses();
    expect(t.asked()).toBe(7);
    // The clinician types on: that check asks again, and the next shows the phrase.
    text += ' ';
    session.checkNow();
    await t.settle();
    expect(t.asked()).toBe(8);
    session.checkNow();
    expect(session.findings.map((f) => f.actual.toLowerCase())).toEqual(['hang in there', 'nocte']);
  });
});
