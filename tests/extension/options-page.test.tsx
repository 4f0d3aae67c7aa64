/**
 * The options page's parts a clinician relies on, rendered into a linkedom document with the
 * background stubbed: rules the organisation locked are shown on and cannot be changed, each
 * lens counts the rules that are on, and the severity choice is saved and confirmed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import type { UiState } from '../../extension/protocol/messages.js';
import { DEFAULT_SETTINGS } from '../../extension/background/settings.js';
import { AUDIENCE_NOTES } from '../../engine/audience-notes.js';

const background = vi.hoisted(() => ({ state: null as unknown as UiState, asked: [] as unknown[] }));
vi.mock('../../extension/pages/background-client.js', () => ({
  loadUiState: async () => structuredClone(background.state),
  ask: async (msg: unknown) => {
    background.asked.push(msg);
    return true;
  },
}));
const { OptionsPage, refreshOptions } = await import('../../extension/pages/options/OptionsPage.js');

const { document, window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
const root = document.getElementById('root') as unknown as HTMLElement;
const RULES = {
  rules: [
    { id: 'failed-to-attend', title: 'Failed to attend', lens: 'compassion' as const },
    { id: 'non-compliant', title: 'Non-compliant', lens: 'compassion' as const },
    { id: 'nocte-mane', title: 'Latin times of day (nocte, mane)', lens: 'clarity' as const },
  ],
};
const settle = () => new Promise((r) => setTimeout(r, 10));
/** linkedom has no checked or disabled properties: Preact sets them as attributes there. */
const isOn = (el: Element) => el.hasAttribute('checked');
const isDisabled = (el: Element) => el.hasAttribute('disabled');

function uiState(change: Partial<UiState> = {}): UiState {
  return { settings: structuredClone(DEFAULT_SETTINGS), sites: {}, customPhrases: [], lockedRules: [], allowedSites: null, policyWarnings: [], policy: null, packs: [], storageProblem: null, ...change };
}

async function show(state: UiState): Promise<void> {
  background.state = state;
  await refreshOptions();
  render(h(OptionsPage, { ruleset: RULES }), root);
}

const count = (lens: string) => root.querySelector(`[data-lens="${lens}"] .vl-lens__count`)!.textContent;
async function openLens(lens: string): Promise<void> {
  (root.querySelector(`button[aria-controls="rules-${lens}"]`) as HTMLButtonElement).dispatchEvent(new window.Event('click') as unknown as Event);
  await settle();
}

beforeEach(() => {
  (globalThis as { document?: unknown }).document = document;
  background.asked = [];
});
afterEach(() => {
  render(null, root);
  delete (globalThis as { document?: unknown }).document;
});

describe('the options page', () => {
  it('counts each lens\'s rules that are on, and keeps the rules out of sight until the lens is opened', async () => {
    await show(uiState({ settings: { ...DEFAULT_SETTINGS, disabledRules: ['non-compliant'], lenses: { ...DEFAULT_SETTINGS.lenses, clarity: false } } }));
    expect(count('compassion')).toBe('1 of 2 rules on');
    expect(count('clarity')).toBe('0 of 1 rules on');
    expect(root.querySelectorAll('input[data-rule]')).toHaveLength(0);
    await openLens('compassion');
    expect(root.querySelector('button[aria-controls="rules-compassion"]')!.getAttribute('aria-expanded')).toBe('true');
    expect([...root.querySelectorAll('#rules-compassion input[data-rule]')].map((i) => [i.getAttribute('data-rule'), isOn(i)])).toEqual([
      ['failed-to-attend', true],
      ['non-compliant', false],
    ]);
  });

  it('says under the audience choice what the chosen reader changes (the same words as the check page)', async () => {
    const hint = () => root.querySelector('#' + root.querySelector('#audience')!.getAttribute('aria-describedby'))!.textContent;
    await show(uiState());
    expect(hint()).toContain(AUDIENCE_NOTES.patient);
    await show(uiState({ settings: { ...DEFAULT_SETTINGS, audience: 'clinician' } }));
    expect(hint()).toContain('Medical words, shorthand, long sentences and capitals are not flagged');
  });

  it('shows a rule the organisation locked as on, unchangeable, and says why', async () => {
    const policy = { lockedRules: ['nocte-mane'], lockedLenses: [], siteAudiences: {}, excludedSites: [], customPhrases: 0, packs: [] };
    await show(uiState({ lockedRules: ['nocte-mane'], policy, settings: { ...DEFAULT_SETTINGS, disabledRules: ['nocte-mane'] } }));
    // By title, as the clinician knows the rule from its card (a rule no list has, by its id).
    expect(root.querySelector('#policy-summary')!.textContent).toMatch(/Rules that stay on: Latin times of day \(nocte, mane\) \(set by your organisation\)/);
    await openLens('clarity');
    const box = root.querySelector('input[data-rule="nocte-mane"]')!;
    expect(isOn(box)).toBe(true);
    expect(isDisabled(box)).toBe(true);
    expect(box.parentElement!.textContent).toMatch(/kept on by your organisation/);
    expect(count('clarity')).toBe('1 of 1 rules on');
  });

  it('shows what the policy locks (a lens, the severity threshold) as set and unchangeable, and lists pack rules with their lens', async () => {
    const policy = { lockedRules: [], lockedLenses: ['clarity' as const], severityThreshold: 'warning' as const, siteAudiences: {}, excludedSites: [], customPhrases: 0, packs: [] };
    const packRule = { id: 'pack:example-trust/ward-round', title: 'Ward round jargon', lens: 'clarity' as const };
    const pack = { name: 'example-trust', version: '1.0.0', organisation: 'Example Trust', description: '', rules: 1, ruleList: [packRule], managed: false };
    await show(uiState({ policy, packs: [pack], settings: { ...DEFAULT_SETTINGS, severityThreshold: 'warning' } }));
    expect(isDisabled(root.querySelector('#lens-clarity')!)).toBe(true);
    expect(root.querySelector('[data-lens="clarity"]')!.textContent).toContain('Kept on by your organisation');
    expect(isDisabled(root.querySelector('#lens-candour')!)).toBe(false);
    expect([...root.querySelectorAll('input[name="severity-threshold"]')].every(isDisabled)).toBe(true);
    expect(root.querySelector('#policy-summary')!.textContent).toContain('Lenses that stay on');
    expect(count('clarity')).toBe('2 of 2 rules on');
    await openLens('clarity');
    expect(root.querySelector('[data-lens="clarity"]')!.textContent).toContain('Ward round jargon');
    expect(root.querySelector('[data-pack="example-trust"]')).not.toBeNull();
  });

  it('the Sites section says where the organisation lets it run, not "on everywhere"', async () => {
    const policy = { lockedRules: [], lockedLenses: [], siteAudiences: {}, allowedSites: ['nhs.net', 'portal.example.org'], excludedSites: ['training.portal.example.org'], customPhrases: 0, packs: [] };
    await show(uiState({ policy, allowedSites: ['nhs.net', 'portal.example.org'] }));
    const sites = root.querySelector('[aria-labelledby="sites-heading"]')!.textContent!;
    expect(sites).not.toContain('On everywhere');
    expect(sites).toMatch(/Only on nhs\.net and portal\.example\.org \(and their subdomains\), set by your organisation\./);
    expect(sites).toMatch(/Never on training\.portal\.example\.org \(and its subdomains\), set by your organisation\./);
    await show(uiState());
    expect(root.querySelector('[aria-labelledby="sites-heading"]')!.textContent).toContain('On everywhere');
  });

  it('lists the phrases the organisation pushes, marked as its own and with no Remove, beside the clinician\'s', async () => {
    const policy = { lockedRules: [], lockedLenses: [], siteAudiences: {}, excludedSites: [], customPhrases: 1, packs: [] };
    const pushed = { phrase: 'Central Booking Office', suggestion: 'Patient Access Centre', lens: 'clarity' as const, explanation: 'It was renamed.' };
    const own = { id: 7, phrase: 'ward clerk', suggestion: 'ward administrator', lens: 'clarity' as const, explanation: '' };
    await show(uiState({ policy, policyPhrases: [pushed], customPhrases: [own] }));
    const section = root.querySelector('[aria-labelledby="phrases-heading"]')!;
    expect(section.textContent).not.toContain('None yet');
    const rows = [...section.querySelectorAll('tbody tr')].map((r) => [r.querySelector('td')!.textContent, r.querySelectorAll('button').length, r.textContent!.includes('Set by your organisation')]);
    expect(rows).toEqual([
      ['Central Booking Office', 0, true],
      ['ward clerk', 1, false],
    ]);
  });

  it('offers the three severity choices in the card\'s words, saves the one picked, and says so', async () => {
    await show(uiState());
    const radios = [...root.querySelectorAll('input[name="severity-threshold"]')] as HTMLInputElement[];
    expect(radios.map((r) => [r.getAttribute('value'), isOn(r)])).toEqual([['advice', true], ['warning', false], ['error', false]]);
    expect(root.textContent).toMatch(/“Never use” and “Change this”: hides “Worth a thought”/);
    background.state = uiState({ settings: { ...DEFAULT_SETTINGS, severityThreshold: 'warning' } });
    radios[1].dispatchEvent(new window.Event('change') as unknown as Event);
    await settle();
    expect(background.asked).toMatchObject([{ type: 'ui:save-settings', settings: { severityThreshold: 'warning' } }]);
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Saved: showing changes and must-fix only.');
  });

  it('does not say "Saved" for the severity choice while storage fails', async () => {
    const problem = { kind: 'unavailable' as const, detail: 'UnknownError', unsavedChanges: true };
    await show(uiState({ storageProblem: problem }));
    background.state = uiState({ storageProblem: problem, settings: { ...DEFAULT_SETTINGS, severityThreshold: 'error' } });
    (root.querySelector('#show-error') as HTMLInputElement).dispatchEvent(new window.Event('change') as unknown as Event);
    await settle();
    expect(root.querySelector('[role="status"]')!.textContent).toMatch(/^Changed: showing must-fix only, but not saved/);
  });
});
