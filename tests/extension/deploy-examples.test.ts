/**
 * The example policies in docs/deploy/ work as written: the managed settings in the .reg file (read
 * as Chrome reads the registry), the Intune script and Firefox's policies.json are the same
 * settings, each accepted by the extension's own policy reader with no warning; every file names
 * the extension id the build has and the Firefox id the build has; the update manifest and the
 * force-install list point at each other.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANAGED_SCHEMA } from '../../extension/background/managed-schema.js';
import { readPolicy } from '../../extension/background/policy.js';
import { atOrAboveSeverity } from '../../engine/severity.js';
import { extensionId } from './extension-id.js';
import { keyAt, parseReg, toPolicy } from './reg-file.js';

const repo = join(import.meta.dirname, '../..');
const file = (name: string) => readFileSync(join(repo, 'docs/deploy', name), 'utf8');
const built = (dir: string) => JSON.parse(readFileSync(join(repo, '.output', dir, 'manifest.json'), 'utf8'));
const ID = extensionId(built('chrome-mv3').key);
const GECKO = built('firefox-mv2').browser_specific_settings.gecko.id as string;

describe('the example policies in docs/deploy', () => {
  const firefox = JSON.parse(file('policies.json')).policies;
  const firefoxSettings = firefox['3rdparty'].Extensions[GECKO];

  it('Firefox policies.json installs the add-on by its gecko id and its settings pass the policy reader', () => {
    expect(Object.keys(firefox.ExtensionSettings)).toEqual([GECKO]);
    expect(firefox.ExtensionSettings[GECKO].installation_mode).toBe('force_installed');
    expect(firefoxSettings).toBeDefined();
    const { policy, warnings } = readPolicy(firefoxSettings);
    expect(warnings).toEqual([]);
    expect(policy?.customPhrases).toHaveLength(2);
    expect(policy?.packs?.map((p) => `${p.name} ${p.version} ${p.rules.length}`)).toEqual(['example-trust-services 1.0.0 1']);
    // Every setting of the schema is shown.
    expect(Object.keys(firefoxSettings).sort()).toEqual(Object.keys(MANAGED_SCHEMA.properties).sort());
  });

  it('the pack it pushes is seen under its own locked severity threshold (a pack hidden by its own example would teach nothing)', () => {
    const { policy } = readPolicy(firefoxSettings);
    const shown = policy!.packs!.flatMap((p) => p.rules.map((r) => [r.id, atOrAboveSeverity(r.severity, policy!.severityThreshold!)]));
    expect(shown).toEqual([['iapt-renamed', true]]);
  });

  it.each([
    ['Chrome', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions'],
    ['Edge', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions'],
  ])('the %s managed settings in values-lens-settings.reg are the same settings, and pass the policy reader', (_browser, path) => {
    const reg = parseReg(file('values-lens-settings.reg'));
    expect([...keyAt(reg, path)!.keys.keys()]).toEqual([ID]);
    const settings = toPolicy(keyAt(reg, `${path}\\${ID}\\policy`)!, MANAGED_SCHEMA as never);
    expect(readPolicy(settings).warnings).toEqual([]);
    // disabledLenses (an empty list) and packs (a large nested document, pushed from JSON instead)
    // are left out of the registry example; everything else matches Firefox's.
    const { disabledLenses: _none, packs: _packs, ...rest } = firefoxSettings;
    expect(settings).toEqual(rest);
  });

  it('the Intune script writes the same settings under both browsers\' paths for the same id', () => {
    const ps = file('intune-values-lens-settings.ps1');
    expect(ps).toContain(`$id = '${ID}'`);
    expect(ps).toContain('HKLM:\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\$id\\policy');
    expect(ps).toContain('HKLM:\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\$id\\policy');
    for (const p of firefoxSettings.customPhrases) {
      for (const v of Object.values(p) as string[]) expect(ps).toContain(`'${v}'`);
    }
    for (const v of [...firefoxSettings.lockedRules, ...firefoxSettings.allowedSites, ...firefoxSettings.excludedSites, ...firefoxSettings.lockedLenses]) expect(ps).toContain(`'${v}'`);
    for (const [site, audience] of Object.entries(firefoxSettings.siteAudiences)) expect(ps).toContain(`'${site}' = '${audience}'`);
    expect(ps).toContain(`'severityThreshold' -Value '${firefoxSettings.severityThreshold}'`);
    expect(ps).toContain(`'falseAlarmAddress' -Value '${firefoxSettings.falseAlarmAddress}'`);
    expect(ps).toContain(`'readingAgeTarget' -Value ${firefoxSettings.readingAgeTarget} -PropertyType DWord`);
  });

  it('the force-install list names the id and the update manifest, which names the id and this version', () => {
    const reg = parseReg(file('chrome-edge-forcelist.reg'));
    const updates = file('updates.xml');
    const url = 'https://software.example.org/values-lens/updates.xml';
    for (const path of ['HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\ExtensionInstallForcelist', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\ExtensionInstallForcelist']) {
      expect(Object.fromEntries(keyAt(reg, path)!.values)).toEqual({ 1: `${ID};${url}` });
    }
    expect(updates).toContain(`<app appid='${ID}'>`);
    const version = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version;
    expect(updates).toContain(`codebase='https://software.example.org/values-lens/values-lens-${version}.crx' version='${version}'`);
    expect(built('chrome-mv3').version).toBe(version);
  });
});
