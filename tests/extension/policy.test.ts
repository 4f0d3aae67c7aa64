import { describe, expect, it } from 'vitest';
import { PACK } from './pack-fixture.js';
import { readPack } from '../../engine/index.js';
import { POLICY_KEYS, readPolicy } from '../../extension/background/policy.js';
import { contentConfig, effectiveSettings, hostAllowed, hostExcluded, keepLocked, normaliseSettings, packsInForce, siteAudience, DEFAULT_SETTINGS } from '../../extension/background/settings.js';
import { MANAGED_SCHEMA } from '../../extension/background/managed-schema.js';


describe('readPolicy', () => {
  it('reads every field the managed schema declares', () => {
    const r = readPolicy({
      defaultAudience: 'parent',
      readingAgeTarget: 9,
      disabledLenses: ['clarity'],
      lockedRules: ['denies'],
      lockedLenses: ['candour', 'respect'],
      severityThreshold: 'warning',
      siteAudiences: { 'Messages.Example.org': 'patient', 'gp.nhs.net': 'clinician' },
      allowedSites: ['nhs.net', '*.example.org'],
      excludedSites: ['training.example.org'],
      customPhrases: [{ phrase: 'hang in there', suggestion: 'we are here', lens: 'compassion', explanation: 'x' }],
      packs: [PACK],
      falseAlarmAddress: 'values-lens@example.nhs.uk',
    });
    expect(r.warnings).toEqual([]);
    expect(Object.keys(MANAGED_SCHEMA.properties).sort()).toEqual([...POLICY_KEYS].sort());
    const { packs, ...rest } = r.policy!;
    expect(rest).toEqual({
      defaults: { audience: 'parent', readingAgeTarget: 9, lenses: { candour: true, compassion: true, respect: true, clarity: false } },
      lockedRules: ['denies'],
      lockedLenses: ['candour', 'respect'],
      severityThreshold: 'warning',
      siteAudiences: { 'messages.example.org': 'patient', 'gp.nhs.net': 'clinician' },
      allowedSites: ['nhs.net', '*.example.org'],
      excludedSites: ['training.example.org'],
      customPhrases: [{ phrase: 'hang in there', suggestion: 'we are here', lens: 'compassion', explanation: 'x' }],
      falseAlarmAddress: 'values-lens@example.nhs.uk',
    });
    expect(packs).toEqual([readPack(PACK)]);
  });

  it('no policy is no policy, without warnings', () => {
    expect(readPolicy(undefined)).toEqual({ policy: null, warnings: [] });
    expect(readPolicy({})).toEqual({ policy: null, warnings: [] });
  });

  it('a policy that is not a set of settings is ignored, with a warning', () => {
    const r = readPolicy([1, 2]);
    expect(r.policy).toBeNull();
    expect(r.warnings).toEqual([expect.stringMatching(/not a set of settings/)]);
  });

  // Each invalid value beside a valid lockedRules: the bad value is warned about and left out, alone;
  // the valid one still applies (it used to take the whole policy with it).
  it.each([
    [{ defaultAudience: 'martian' }, /^defaultAudience \("martian"\) was ignored/, {}],
    [{ readingAgeTarget: 'eleven' }, /^readingAgeTarget \("eleven"\) was ignored/, {}],
    [{ disabledLenses: 'clarity' }, /^disabledLenses was ignored: it must be a list/, {}],
    [{ lockedLenses: ['kindness', 'candour'] }, /^lockedLenses\[0\] \("kindness"\) was ignored/, { lockedLenses: ['candour'] }],
    [{ severityThreshold: 'critical' }, /^severityThreshold \("critical"\) was ignored/, {}],
    [{ siteAudiences: { 'a.org': 'martian', 'b.org': 'carer' } }, /^siteAudiences "a.org" \("martian"\) was ignored/, { siteAudiences: { 'b.org': 'carer' } }],
    [{ siteAudiences: { 'https://a.org/x': 'patient' } }, /^siteAudiences "https:\/\/a.org\/x" was ignored/, { siteAudiences: {} }],
    [{ siteAudiences: ['a.org'] }, /^siteAudiences was ignored: it must map host names/, {}],
    [{ allowedSites: ['https://nhs.net/path', 'nhs.net'] }, /^allowedSites\[0\] \("https:\/\/nhs.net\/path"\) was ignored/, { allowedSites: ['nhs.net'] }],
    [{ excludedSites: ['nhs.net', 42] }, /^excludedSites\[1\] \(42\) was ignored/, { excludedSites: ['nhs.net'] }],
    [{ customPhrases: [{ phrase: 'x', lens: 'kindness' }, { phrase: 'ok', suggestion: '', lens: 'respect', explanation: '' }] }, /^customPhrases\[0\] was ignored/,
      { customPhrases: [{ phrase: 'ok', suggestion: '', lens: 'respect', explanation: '' }] }],
    [{ customPhrases: [{ phrase: '{a|b} {c|d} {e|f} {g|h} {i|j} {k|l}', suggestion: '', lens: 'respect', explanation: '' }] }, /^customPhrases\[0\]\.phrase stands for 64 phrasings.*; it was ignored\.$/, { customPhrases: [] }],
    [{ packs: [{ ...PACK, version: '1.0' }, { ...PACK, name: 'second' }] }, /^packs\[0\] \("example-trust-services"\) was ignored: version "1.0" is not a semantic version/, { packs: [{ name: 'second' }] }],
    [{ packs: [PACK, PACK] }, /^packs: a second pack named "example-trust-services" was ignored/, { packs: [{ name: 'example-trust-services' }] }],
    [{ packs: [{ ...PACK, formatVersion: 2 }] }, /^packs\[0\] \("example-trust-services"\) was ignored: the file is in pack format 2, made for a newer Values Lens/, { packs: [] }],
    [{ falseAlarmAddress: 'mailto:x@example.org?subject=hi' }, /^falseAlarmAddress \("mailto:.*was ignored: it must be one e-mail address/, {}],
    [{ falseAlarmAddress: ['a@b.org'] }, /^falseAlarmAddress \(\["a@b.org"\]\) was ignored/, {}],
    [{ surprise: true }, /^Unknown policy setting "surprise" was ignored/, {}],
  ])('%j: that value alone is ignored, with its own warning; the rest applies', (bad, message, kept) => {
    const r = readPolicy({ lockedRules: ['denies'], ...bad });
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(message);
    expect(r.policy).toMatchObject({ lockedRules: ['denies'], ...kept });
    if (kept && 'packs' in kept) expect(r.policy!.packs!.map((p) => p.name)).toEqual((kept.packs as Array<{ name: string }>).map((p) => p.name));
  });

  it('several invalid values each get a warning, and every valid value applies', () => {
    const r = readPolicy({ defaultAudience: 'martian', readingAgeTarget: 9, lockedLenses: ['kindness'], allowedSites: ['nhs.net'], falseAlarmAddress: 'nobody' });
    expect(r.warnings.map((w) => w.split(' ')[0])).toEqual(['defaultAudience', 'lockedLenses[0]', 'falseAlarmAddress']);
    expect(r.policy).toEqual({ defaults: { readingAgeTarget: 9 }, lockedLenses: [], allowedSites: ['nhs.net'] });
  });

  it('an allowedSites list whose every entry is invalid runs nowhere (the IT department asked for a limit), with warnings', () => {
    const r = readPolicy({ allowedSites: ['https://nhs.net/'] });
    expect(r.policy).toEqual({ allowedSites: [] });
    expect(hostAllowed('email.nhs.net', r.policy!.allowedSites)).toBe(false);
    expect(r.warnings).toHaveLength(1);
  });

  it('phrases past the total limit are left out one by one, the earlier ones kept', () => {
    // 40 phrases of 50 phrasings each: 2,000 is the most for all of them together.
    const many = Array.from({ length: 41 }, (_, i) => ({ phrase: `w${i} {a|b} {c|d|e|f|g} {h|i|j|k|l}`, suggestion: '', lens: 'respect', explanation: '' }));
    const r = readPolicy({ customPhrases: many });
    expect(r.policy!.customPhrases).toHaveLength(40);
    expect(r.warnings).toEqual([expect.stringMatching(/^customPhrases\[40\] \("w40 .*2,000.*it was ignored\.$/)]);
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

describe('what the policy does to a site\'s config', () => {
  const base = {
    host: 'a.nhs.net',
    settings: DEFAULT_SETTINGS,
    siteEnabled: undefined,
    customPhrases: [],
    ignored: [],
    siteKey: '00'.repeat(32),
    ruleset: { rules: [{ id: 'denies', title: 'Denies', lens: 'respect' as const }] },
  };
  const policy = (raw: unknown) => readPolicy(raw).policy;

  it('siteAudiences: a listed domain covers its subdomains, the most specific wins, elsewhere the clinician\'s audience', () => {
    const p = policy({ siteAudiences: { 'example.org': 'carer', 'messages.example.org': 'patient', 'gp.nhs.net': 'clinician' } });
    expect(siteAudience('inbox.messages.example.org', p!.siteAudiences)).toBe('patient');
    expect(siteAudience('example.org', p!.siteAudiences)).toBe('carer');
    expect(siteAudience('notexample.org', p!.siteAudiences)).toBeUndefined();
    expect(contentConfig({ ...base, host: 'messages.example.org', settings: { ...DEFAULT_SETTINGS, audience: 'clinician' }, policy: p }).audience).toBe('patient');
    expect(contentConfig({ ...base, host: 'other.org', settings: { ...DEFAULT_SETTINGS, audience: 'parent' }, policy: p }).audience).toBe('parent');
  });

  it('excludedSites: never runs there or on its subdomains, even inside allowedSites', () => {
    const p = policy({ allowedSites: ['nhs.net'], excludedSites: ['training.nhs.net'] });
    expect(contentConfig({ ...base, host: 'email.nhs.net', policy: p }).enabled).toBe(true);
    expect(contentConfig({ ...base, host: 'training.nhs.net', policy: p }).enabled).toBe(false);
    expect(contentConfig({ ...base, host: 'x.training.nhs.net', policy: p }).enabled).toBe(false);
    expect(hostExcluded('nottraining.nhs.net', p!.excludedSites)).toBe(false);
  });

  it('lockedLenses: the lens stays on (its rules run) whatever the clinician saved', () => {
    const off = { ...DEFAULT_SETTINGS, lenses: { ...DEFAULT_SETTINGS.lenses, respect: false } };
    expect(contentConfig({ ...base, settings: off, policy: null }).disabledRules).toEqual(['denies']);
    expect(contentConfig({ ...base, settings: off, policy: policy({ lockedLenses: ['respect'] }) }).disabledRules).toEqual([]);
    expect(effectiveSettings(off, policy({ lockedLenses: ['respect'] })).lenses.respect).toBe(true);
  });

  it('severityThreshold sets the clinician\'s threshold and locks it: a save cannot change it', () => {
    const p = policy({ severityThreshold: 'error' });
    expect(effectiveSettings(undefined, p).severityThreshold).toBe('error');
    expect(effectiveSettings({ ...DEFAULT_SETTINGS, severityThreshold: 'advice' }, p).severityThreshold).toBe('error');
    const before = { ...DEFAULT_SETTINGS, severityThreshold: 'warning' as const };
    expect(keepLocked(before, { ...before, severityThreshold: 'advice', audience: 'carer' }, p)).toEqual({ ...before, audience: 'carer' });
    expect(keepLocked(before, { ...before, severityThreshold: 'advice' }, null).severityThreshold).toBe('advice');
  });

  it('packs: the policy\'s first, an imported pack of the same name gives way, and their rules follow the lens switches', () => {
    const mine = { ...readPack(PACK), version: '0.9.0' };
    const other = { ...readPack(PACK), name: 'other-pack' };
    const p = policy({ packs: [PACK] });
    expect(packsInForce(p!.packs, [mine, other]).map((x) => `${x.name} ${x.version}`)).toEqual(['example-trust-services 1.0.0', 'other-pack 1.0.0']);
    const clarityOff = { ...DEFAULT_SETTINGS, lenses: { ...DEFAULT_SETTINGS.lenses, clarity: false } };
    const c = contentConfig({ ...base, settings: clarityOff, policy: p, packs: [other] });
    expect(c.packs!.map((x) => x.name)).toEqual(['example-trust-services', 'other-pack']);
    expect(c.disabledRules).toEqual(['example-trust-services/iapt-renamed', 'other-pack/iapt-renamed']);
    expect(contentConfig({ ...base, policy: null }).packs).toBeUndefined();
  });

  it('falseAlarmAddress reaches the content script', () => {
    expect(contentConfig({ ...base, policy: policy({ falseAlarmAddress: 'vl@example.nhs.uk' }) }).falseAlarmAddress).toBe('vl@example.nhs.uk');
    expect('falseAlarmAddress' in contentConfig({ ...base, policy: null })).toBe(false);
  });
});
