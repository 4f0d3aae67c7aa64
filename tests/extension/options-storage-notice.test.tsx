/**
 * The options page tells the clinician when storage fails (issue 6): what is wrong, that checking
 * goes on and with which settings, and that changes will not last. Renders the real Options
 * component into a linkedom document with the background's answers stubbed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import type { UiState } from '../../extension/protocol/messages.js';
import { DEFAULT_SETTINGS } from '../../extension/background/settings.js';

const background = vi.hoisted(() => ({ state: null as unknown as UiState, asked: [] as unknown[] }));
vi.mock('../../extension/pages/background-client.js', () => ({
  loadUiState: async () => structuredClone(background.state),
  ask: async (msg: unknown) => {
    background.asked.push(msg);
    return true;
  },
}));
const { OptionsPage: Options, refreshOptions } = await import('../../extension/pages/options/OptionsPage.js');

const { document, window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
const root = document.getElementById('root') as unknown as HTMLElement;
const RULES = { rules: [{ id: 'failed-to-attend', title: 'Failed to attend', lens: 'compassion' as const }] };

function uiState(storageProblem: UiState['storageProblem']): UiState {
  return { settings: structuredClone(DEFAULT_SETTINGS), sites: {}, customPhrases: [], lockedRules: [], allowedSites: null, policyWarnings: [], policy: null, packs: [], storageProblem };
}

async function show(state: UiState): Promise<void> {
  background.state = state;
  await refreshOptions();
  render(h(Options, { ruleset: RULES }), root);
}

/** As a clinician picking from the audience list (linkedom's select.value is read-only: select the option). */
function chooseAudience(value: string): void {
  const select = root.querySelector('#audience')!;
  for (const o of select.querySelectorAll('option')) o.toggleAttribute('selected', o.getAttribute('value') === value);
  select.dispatchEvent(new window.Event('change') as unknown as Event);
}
const settle = () => new Promise((r) => setTimeout(r, 10));
const alerts = () => [...root.querySelectorAll('[role="alert"]')].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());
const statusText = () => root.querySelector('[role="status"]')!.textContent;

beforeEach(() => {
  (globalThis as { document?: unknown }).document = document;
  background.asked = [];
});
afterEach(() => {
  render(null, root);
  delete (globalThis as { document?: unknown }).document;
});

describe('the storage notice on the options page', () => {
  it('is absent while storage works', async () => {
    await show(uiState(null));
    expect(alerts()).toEqual([]);
    expect(root.textContent).not.toMatch(/storage/i);
  });

  it('says the database cannot be used, that checking goes on with the defaults, and what the browser said', async () => {
    await show(uiState({ kind: 'unavailable', detail: 'InvalidStateError: A mutation operation was attempted', unsavedChanges: false }));
    const [notice] = alerts();
    expect(notice).toMatch(/can't open or save your settings/);
    expect(notice).toMatch(/still checking what you write, with the default settings/);
    expect(notice).toMatch(/kept only until the browser closes/);
    expect(notice).toMatch(/InvalidStateError: A mutation operation was attempted/);
    expect(notice).not.toMatch(/not saved yet/);
  });

  it('when the disk is full, says checking goes on with the saved settings, and that changes are not saved yet', async () => {
    await show(uiState({ kind: 'quota', detail: 'QuotaExceededError: The quota has been exceeded.', unsavedChanges: true }));
    const [notice] = alerts();
    expect(notice).toMatch(/storage on this computer is full/);
    expect(notice).toMatch(/with your saved settings/);
    expect(notice).toMatch(/Some of your changes are not saved yet/);
  });

  it('when an upgrade is blocked, says what to do about it', async () => {
    await show(uiState({ kind: 'blocked', detail: 'an older copy of the Values Lens database is still open elsewhere', unsavedChanges: false }));
    expect(alerts()[0]).toMatch(/older copy of its storage is still in use\. Restarting the browser usually fixes this/);
  });

  it('does not say "Saved." for a change made while storage fails', async () => {
    await show(uiState({ kind: 'unavailable', detail: 'UnknownError', unsavedChanges: false }));
    background.state = { ...uiState({ kind: 'unavailable', detail: 'UnknownError', unsavedChanges: true }), settings: { ...DEFAULT_SETTINGS, audience: 'carer' } };
    chooseAudience('carer');
    await settle();
    expect(background.asked).toMatchObject([{ type: 'ui:save-settings', settings: { audience: 'carer' } }]);
    expect(statusText()).toMatch(/not saved/);
    expect(statusText()).not.toMatch(/^Saved/);
  });

  it('says "Saved." when storage works', async () => {
    await show(uiState(null));
    chooseAudience('carer');
    await settle();
    expect(statusText()).toBe('Saved.');
  });
});
