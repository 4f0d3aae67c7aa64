import { describe, expect, it } from 'vitest';
import { readPolicy } from '../../extension/background/policy.js';
import { contentConfig, hostAllowed, normaliseSettings, DEFAULT_SETTINGS } from '../../extension/background/settings.js';
import { MANAGED_SCHEMA } from '../../extension/background/managed-schema.js';

describe('readPolicy', () => {
  it('reads every field the managed schema declares', () => {
    const r = readPolicy({
      defaultAudience: 'parent',
      readingAgeTarget: 9,
      disabledLenses: ['clarity'],
      lockedRules: ['denies'],
      allowedSites: ['nhs.net', '*.example.org'],
      customPhrases: [{ phrase: 'hang in there', suggestion: 'we are here', lens: 'compassion', explanation: 'x' }],
    });
    expect(r.warnings).toEqual([]);
    expect(Object.keys(MANAGED_SCHEMA.properties).sort()).toEqual(['allowedSites', 'customPhrases', 'defaultAudience', 'disabledLenses', 'lockedRules', 'readingAgeTarget']);
    expect(r.policy).toEqual({
      defaults: { audience: 'parent', readingAgeTarget: 9, lenses: { candour: true, compassion: true, respect: true, clarity: false } },
      lockedRules: ['denies'],
      allowedSites: ['nhs.net', '*.example.org'],
      customPhrases: [{ phrase: 'hang in there', suggestion: 'we are here', lens: 'compassion', explanation: 'x' }],
    });
  });

  it('no policy is no policy, without warnings', () => {
    expect(readPolicy(undefined)).toEqual({ policy: null, warnings: [] });
    expect(readPolicy({})).toEqual({ policy: null, warnings: [] });
  });

  it.each([
    [{ readingAgeTarget: 'eleven' }, /readingAgeTarget/],
    [{ disabledLenses: ['kindness'] }, /disabledLenses/],
    [{ lockedRules: 'denies' }, /lockedRules/],
    [{ allowedSites: ['https://nhs.net/path'] }, /allowedSites/],
    [{ customPhrases: [{ phrase: 'x', lens: 'kindness' }] }, /customPhrases/],
    [{ surprise: true }, /Unknown policy setting "surprise"/],
    [[1, 2], /not an object/],
  ])('ignores %j with a warning', (raw, message) => {
    const r = readPolicy(raw);
    expect(r.policy).toBeNull();
    expect(r.warnings.join(' ')).toMatch(message);
  });
});

describe('settings', () => {
  it('a listed domain covers its subdomains, and nothing else', () => {
    expect(hostAllowed('email.nhs.net', ['nhs.net'])).toBe(true);
    expect(hostAllowed('nhs.net', ['nhs.net'])).toBe(true);
    expect(hostAllowed('evilnhs.net', ['nhs.net'])).toBe(false);
    expect(hostAllowed('anything.org', undefined)).toBe(true);
  });

  it('repairs settings read from an import or an old record', () => {
    expect(normaliseSettings({ audience: 'martian', readingAgeTarget: 400, lenses: { candour: false }, disabledRules: ['a', 3] })).toEqual({
      ...DEFAULT_SETTINGS,
      lenses: { ...DEFAULT_SETTINGS.lenses, candour: false },
      disabledRules: ['a'],
    });
  });

  it('policy phrases come before the clinician\'s, and follow the lens switches', () => {
    const c = contentConfig({
      host: 'a.nhs.net',
      settings: { ...DEFAULT_SETTINGS, lenses: { ...DEFAULT_SETTINGS.lenses, clarity: false } },
      policy: { customPhrases: [{ phrase: 'org phrase', suggestion: '', lens: 'respect', explanation: '' }] },
      siteEnabled: undefined,
      customPhrases: [
        { phrase: 'mine', suggestion: '', lens: 'compassion', explanation: '' },
        { phrase: 'off', suggestion: '', lens: 'clarity', explanation: '' },
      ],
      ignored: [],
      siteKey: '00'.repeat(32),
      ruleset: { rules: [] },
    });
    expect(c.customPhrases.map((p) => p.phrase)).toEqual(['org phrase', 'mine']);
  });
});
