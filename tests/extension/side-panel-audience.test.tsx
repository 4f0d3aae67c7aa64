/**
 * The side panel's "Writing to" choice changes how this letter is checked: the panel says under it
 * what the chosen reader changes (the same words as the options page and the check page), so a
 * clinician who picks "clinician" knows the jargon underlines went on purpose.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { AUDIENCE_NOTES } from '../../engine/audience-notes.js';
import type { Audience } from '../../engine/types.js';
import type { FieldReport } from '../../extension/protocol/messages.js';

const tab = vi.hoisted(() => ({ report: null as unknown as FieldReport }));
vi.mock('../../extension/pages/background-client.js', () => ({
  tabReport: async () => ({ tabId: 7, frameId: 0, report: structuredClone(tab.report), page: structuredClone(tab.report) }),
  tellTab: async () => true,
}));
const { SidePanel, refreshPanel } = await import('../../extension/pages/SidePanel.js');

const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
const root = document.getElementById('root') as unknown as HTMLElement;

function report(audience: Audience): FieldReport {
  return {
    host: 'mail.example.nhs.uk',
    enabled: true,
    hasField: true,
    audience,
    readingAgeTarget: 11,
    counts: { candour: 0, compassion: 0, respect: 0, clarity: 0 },
    findings: [],
    summary: {
      readability: { words: 20, sentences: 3, polysyllables: 1, readingAge: 9, averageSentenceWords: 7, longestSentenceWords: 9 },
      candour: { applies: false, present: [], missing: [] },
      checklist: [],
      counts: {},
    } as unknown as FieldReport['summary'],
  } as FieldReport;
}

beforeEach(() => {
  (globalThis as { document?: unknown }).document = document;
});
afterEach(() => {
  render(null, root);
  delete (globalThis as { document?: unknown }).document;
});

describe('the side panel\'s "Writing to" choice', () => {
  it.each(['patient', 'clinician'] as const)('for a %s, says under the choice what that reader changes', async (audience) => {
    tab.report = report(audience);
    await refreshPanel();
    render(h(SidePanel, {}), root);
    const select = root.querySelector('#audience')!;
    expect(root.querySelector('#' + select.getAttribute('aria-describedby'))!.textContent).toBe(AUDIENCE_NOTES[audience]);
  });
});
