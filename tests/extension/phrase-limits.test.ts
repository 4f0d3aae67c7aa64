/**
 * Limits on the organisation's phrases (issue 11, defect 14): a settings file with 40 phrases of
 * 10,000 phrasings each was accepted and took about 1.8 s and 0.5 GB to build in every tab. Each
 * way in (import, the options page's form through ui:save-phrase, the managed policy) refuses
 * phrases over the limits with a message naming the limit, and the checker itself never builds
 * more than the limits allow, whatever an older database holds.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { createChecker } from '../../engine/index.js';
import { ValuesLensDb } from '../../extension/background/db.js';
import { createStore, type Store } from '../../extension/background/settings-service.js';
import { readSettingsFile } from '../../extension/background/settings-file.js';
import { readPolicy } from '../../extension/background/policy.js';
import { withCustomPhrases } from '../../extension/background/custom-rules.js';
import { customRuleId } from '../../extension/protocol/ids.js';
import { MAX_PHRASE_LENGTH, MAX_PHRASINGS_PER_PHRASE, MAX_PHRASINGS_TOTAL } from '../../extension/protocol/phrase-limits.js';
import type { CustomPhrase } from '../../extension/protocol/settings-shapes.js';
import type { UiState } from '../../extension/protocol/messages.js';
import { realRuleset } from './real-ruleset.js';

/** A phrase of `groups` choices of `each` words: each ** groups phrasings ("p7 {a0|a1|...} {b0|b1|...}"). */
function phrase(n: number, groups: number, each: number): CustomPhrase {
  const choice = (g: string) => `{${Array.from({ length: each }, (_, i) => `${g}${i}`).join('|')}}`;
  const text = `p${n} ${['a', 'b', 'c', 'd'].slice(0, groups).map(choice).join(' ')}`;
  return { phrase: text, suggestion: '', lens: 'clarity', explanation: 'Too many ways to say it.' };
}
const HUGE = phrase(0, 4, 10); // 10,000 phrasings
const fileWith = (customPhrases: CustomPhrase[]) => JSON.stringify({ format: 'values-lens-settings', version: 1, customPhrases });

describe('the limits', () => {
  it('are sensible numbers', () => {
    expect(MAX_PHRASINGS_PER_PHRASE).toBe(50);
    expect(MAX_PHRASINGS_TOTAL).toBe(2000);
    expect(MAX_PHRASE_LENGTH).toBe(200);
    expect(HUGE.phrase.length).toBeLessThanOrEqual(MAX_PHRASE_LENGTH);
  });
});

describe('importing a settings file', () => {
  it('refuses 40 phrases of 10,000 phrasings, naming the limit per phrase, quickly', () => {
    const started = performance.now();
    const r = readSettingsFile(fileWith(Array.from({ length: 40 }, (_, i) => phrase(i, 4, 10))));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/customPhrases\[0\]\.phrase stands for 10,000 phrasings; the most one phrase may stand for is 50/);
  });

  it('refuses phrases within the limit each but over 2,000 phrasings in all, naming the total limit', () => {
    const r = readSettingsFile(fileWith(Array.from({ length: 41 }, (_, i) => phrase(i, 2, 7)))); // 41 x 49
    expect(!r.ok && r.error).toMatch(/2,009 phrasings in all; the most allowed is 2,000/);
  });

  it('refuses a phrase longer than 200 characters, naming the limit', () => {
    const r = readSettingsFile(fileWith([{ phrase: 'very '.repeat(41), suggestion: '', lens: 'clarity', explanation: '' }]));
    expect(!r.ok && r.error).toMatch(/customPhrases\[0\]\.phrase is 205 characters long; the most allowed is 200/);
  });

  it('still imports phrases within the limits', () => {
    expect(readSettingsFile(fileWith(Array.from({ length: 40 }, (_, i) => phrase(i, 2, 7)))).ok).toBe(true);
  });
});

describe('adding a phrase on the options page (ui:save-phrase)', () => {
  let db: ValuesLensDb;
  let store: Store;
  let managed: unknown;
  beforeEach(() => {
    db = new ValuesLensDb(`limits-${Math.random().toString(36).slice(2)}`);
    managed = undefined;
    store = createStore({ db, ruleset: { rules: [] }, readManaged: async () => managed });
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });
  const save = async (p: CustomPhrase) => (await store.handle({ type: 'ui:save-phrase', phrase: p })).reply;
  const phrases = async () => ((await store.handle({ type: 'ui:get-state' })).reply as UiState).customPhrases;

  it('refuses a phrase of 10,000 phrasings, saying why, and saves nothing', async () => {
    expect(await save(HUGE)).toEqual({ ok: false, error: expect.stringMatching(/stands for 10,000 phrasings; the most one phrase may stand for is 50/) });
    expect(await phrases()).toEqual([]);
  });

  it('refuses the phrase that would take the total past 2,000 (the policy\'s phrases count too)', async () => {
    managed = { customPhrases: Array.from({ length: 20 }, (_, i) => phrase(100 + i, 2, 7)) }; // 980
    for (let i = 0; i < 20; i++) expect(await save(phrase(i, 2, 7))).toEqual({ ok: true }); // 1,960
    expect(await save(phrase(20, 2, 7))).toEqual({ ok: false, error: expect.stringMatching(/2,009 phrasings in all; the most allowed is 2,000/) });
    expect(await phrases()).toHaveLength(20);
  });

  it('refuses a phrase over 200 characters', async () => {
    expect(await save({ phrase: 'x'.repeat(201), suggestion: '', lens: 'clarity', explanation: '' })).toEqual({ ok: false, error: expect.stringMatching(/201 characters long; the most allowed is 200/) });
  });
});

describe('the managed policy', () => {
  it('leaves out a phrase that stands for too many phrasings, with a warning naming the limit; the others apply', () => {
    const ok = phrase(1, 1, 3);
    const r = readPolicy({ customPhrases: [HUGE, ok] });
    expect(r.policy?.customPhrases).toEqual([ok]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/^customPhrases\[0\]\.phrase stands for 10,000 phrasings; the most one phrase may stand for is 50 .*; it was ignored\.$/);
  });

  it('leaves out the phrases that would take the total past 2,000 phrasings', () => {
    const r = readPolicy({ customPhrases: Array.from({ length: 41 }, (_, i) => phrase(i, 2, 7)) });
    expect(r.policy?.customPhrases).toHaveLength(40);
    expect(r.warnings.join(' ')).toMatch(/2,009 phrasings in all; the most allowed is 2,000/);
  });
});

describe('the checker', () => {
  it('leaves out a phrase over the limit (one saved before the limits existed) and keeps the others', () => {
    const ok = phrase(1, 1, 3);
    const ruleset = withCustomPhrases(realRuleset(), [HUGE, ok]);
    const ids = ruleset.rules.map((r) => r.id);
    expect(ids).not.toContain(customRuleId(HUGE));
    expect(ids).toContain(customRuleId(ok));
    expect(createChecker(ruleset).check('We said p1 a2 today.').map((f) => f.actual)).toContain('p1 a2');
  });

  it('stops adding phrases at 2,000 phrasings in all', () => {
    const many = Array.from({ length: 41 }, (_, i) => phrase(i, 2, 7));
    const ids = withCustomPhrases(realRuleset(), many).rules.map((r) => r.id);
    expect(ids).toContain(customRuleId(many[39]));
    expect(ids).not.toContain(customRuleId(many[40]));
  });
});
