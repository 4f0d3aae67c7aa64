/**
 * Ignore keys (issue 11, defect 4): nothing kept for an ignored finding can be turned back into a
 * name with a list of guesses. Findings whose words are the letter's own (third-person-name's
 * "Mrs Okonkwo") are ignored for the page only; phrase findings are keyed on the rule's own
 * words ("*" stretches masked) under an HMAC with a per-install secret.
 */
import 'fake-indexeddb/auto';
import { createHmac, randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { createChecker, type Finding } from '../../engine/index.js';
import { H0, K, hmacSha256, fromHex, toHex } from '../../extension/protocol/hmac-sha256.js';
import { IgnoredFindings, ignoreKey, keepsIgnores, ruleWords } from '../../extension/in-page/ignore-key.js';
import { IGNORE_KEY } from '../../extension/protocol/ids.js';
import { siteKey } from '../../extension/background/site-keys.js';
import { ValuesLensDb } from '../../extension/background/db.js';
import { createStore } from '../../extension/background/settings-service.js';
import type { ContentConfig } from '../../extension/protocol/settings-shapes.js';
import { realRuleset } from './real-ruleset.js';

const checker = createChecker(realRuleset());
const rule = (f: Finding) => checker.ruleById(f.ruleId);
const find = (text: string, ruleId: string) => checker.check(text, { audience: 'patient' }).filter((f) => f.ruleId === ruleId);
const letter = (name: string, other: string) => `Dear Mrs ${name},\n\nMrs ${name} came to clinic today. Her neighbour Mr ${other} claimed the pain was worse.`;
const SITE_KEY = toHex(randomBytes(32));

describe('HMAC-SHA-256 in the content script', () => {
  it('works out the standard\'s constants (FIPS 180-4, 4.2.2 and 5.3.3) exactly', () => {
    expect([...K]).toEqual([
      0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
      0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
      0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
      0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
      0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
      0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
      0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
      0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]);
    expect(H0).toEqual([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  });

  it('gives what Node\'s own HMAC gives, for short, block-sized and long keys and messages', () => {
    for (const keyLength of [0, 1, 32, 63, 64, 65, 100]) {
      for (const messageLength of [0, 1, 55, 56, 63, 64, 65, 119, 120, 200, 1000]) {
        const key = randomBytes(keyLength);
        const message = randomBytes(messageLength);
        expect(toHex(hmacSha256(key, message)), `${keyLength}/${messageLength}`).toBe(createHmac('sha256', key).update(message).digest('hex'));
      }
    }
  });

  it('the background\'s site key (crypto.subtle) is the same function', async () => {
    const secret = toHex(randomBytes(32));
    const expected = toHex(hmacSha256(fromHex(secret), new TextEncoder().encode('values-lens site key\nemail.nhs.net')));
    expect(await siteKey(secret, 'email.nhs.net')).toBe(expected);
    expect(await siteKey(secret, 'portal.example')).not.toBe(expected);
  });
});

describe('which ignores are kept', () => {
  it('phrase rules only: letter-level checks flag the letter\'s own words', () => {
    const [third] = find(letter('Okonkwo', 'Adebayo'), 'third-person-name');
    const [claims] = find(letter('Okonkwo', 'Adebayo'), 'claims');
    expect(third.actual).toBe('Mrs Okonkwo');
    expect(claims.actual).toBe('Mr Adebayo claimed');
    expect(keepsIgnores(rule(third))).toBe(false);
    expect(keepsIgnores(rule(claims))).toBe(true);
    for (const id of ['long-sentence', 'block-capitals', 'greeting-missing', 'third-person-name']) expect(keepsIgnores(checker.ruleById(id)), id).toBe(false);
  });

  it('a phrase finding is keyed on the rule\'s words, with the name a wildcard caught masked', () => {
    const [claims] = find(letter('Okonkwo', 'Adebayo'), 'claims');
    expect(ruleWords(claims)).toBe('mr * claimed');
  });
});

describe('IgnoredFindings', () => {
  it('"Mrs Okonkwo" is ignored on this page, and nothing is given to keep', () => {
    const page = new IgnoredFindings();
    page.load([], SITE_KEY);
    const [third] = find(letter('Okonkwo', 'Adebayo'), 'third-person-name');
    expect(page.add(third, rule(third))).toBeNull();
    expect(page.has(third, rule(third))).toBe(true);
    const nextPage = new IgnoredFindings();
    nextPage.load([], SITE_KEY);
    expect(nextPage.has(third, rule(third))).toBe(false);
  });

  it('a phrase finding gives a key with no words in it, the same whoever was named, that a later page on the site recognises', () => {
    const page = new IgnoredFindings();
    page.load([], SITE_KEY);
    const [adebayo] = find(letter('Okonkwo', 'Adebayo'), 'claims');
    const key = page.add(adebayo, rule(adebayo))!;
    expect(key).toMatch(IGNORE_KEY);
    expect(key).toMatch(/^claims#[0-9a-f]{16}$/);
    const [smith] = find(letter('Jones', 'Smith'), 'claims');
    expect(ignoreKey(SITE_KEY, 'claims', ruleWords(smith))).toBe(key);

    const later = new IgnoredFindings();
    later.load([key], SITE_KEY);
    expect(later.has(smith, rule(smith))).toBe(true);
    const [spaced] = find('Her neighbour MR   Smith CLAIMED it.', 'claims');
    expect(later.has(spaced, rule(spaced))).toBe(true);
    // Another site's key does not match: keys are per site, and need the secret to make.
    const elsewhere = new IgnoredFindings();
    elsewhere.load([key], toHex(randomBytes(32)));
    expect(elsewhere.has(smith, rule(smith))).toBe(false);
  });
});

describe('the background', () => {
  const names: string[] = [];
  afterEach(async () => {
    for (const n of names.splice(0)) await Dexie.delete(n);
  });

  it('makes one secret per install, keeps it, and gives each site its own key from it', async () => {
    const name = `keys-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    const db = new ValuesLensDb(name);
    const store = createStore({ db, ruleset: { rules: [] }, readManaged: async () => undefined });
    const config = async (s: typeof store, host: string) => ((await s.handle({ type: 'content:get-config', host })).reply as ContentConfig).siteKey;
    const a = await config(store, 'email.nhs.net');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await config(store, 'email.nhs.net')).toBe(a);
    expect(await config(store, 'portal.example')).not.toBe(a);
    const secrets = await db.secrets.toArray();
    expect(secrets).toHaveLength(1);
    expect(secrets[0].value).toMatch(/^[0-9a-f]{64}$/);
    // After a restart of the background, the same keys.
    const again = createStore({ db, ruleset: { rules: [] }, readManaged: async () => undefined });
    expect(await config(again, 'email.nhs.net')).toBe(a);
    db.close();
  });
});
