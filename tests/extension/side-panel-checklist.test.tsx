/**
 * The side panel's "Letter checklist" and "Writing to" choice: the candour checklist has its own section, so when it was
 * the only item the panel showed "the letter is missing:" above an empty list (found in Firefox).
 * Renders the real SidePanel into a linkedom document with the tab's report stubbed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import type { FieldReport } from '../../extension/protocol/messages.js';
import { AUDIENCE_CHOICE, AUDIENCE_NOTES } from '../../engine/audience-notes.js';
import { AUDIENCES } from '../../engine/types.js';
import type { ChecklistItem } from '../../engine/types.js';

const tab = vi.hoisted(() => ({ report: null as unknown as FieldReport }));
vi.mock('../../extension/pages/background-client.js', () => ({
  tabReport: async () => ({ tabId: 7, frameId: 0, report: structuredClone(tab.report), page: structuredClone(tab.report) }),
  tellTab: async () => true,
}));
const { SidePanel, refreshPanel } = await import('../../extension/pages/SidePanel.js');

const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
const root = document.getElementById('root') as unknown as HTMLElement;

/** A checklist item as the engine gives it: the candour checklist has kind 'candour', the rest 'letter'. */
function item(ruleId: string, message: string): ChecklistItem {
  return { ruleId, message, kind: ruleId === 'candour-checklist' ? 'candour' : 'letter' } as unknown as ChecklistItem;
}

function report(checklist: ChecklistItem[]): FieldReport {
  return {
    host: 'mail.example.nhs.uk',
    enabled: true,
    hasField: true,
    audience: 'patient',
    readingAgeTarget: 11,
    counts: { candour: 0, compassion: 0, respect: 0, clarity: 0 },
    findings: [],
    summary: {
      readability: { words: 20, sentences: 3, polysyllables: 1, readingAge: 9, averageSentenceWords: 7, longestSentenceWords: 9 },
      candour: { applies: true, present: ['apology'], missing: ['account', 'next-steps', 'support', 'contact'] },
      checklist,
      counts: {},
    } as unknown as FieldReport['summary'],
  } as FieldReport;
}

async function show(r: FieldReport): Promise<void> {
  tab.report = r;
  await refreshPanel();
  render(h(SidePanel, {}), root);
}
const headings = () => [...root.querySelectorAll('h2')].map((e) => e.textContent);
const letterChecklist = () => [...root.querySelectorAll('h2')].find((e) => e.textContent === 'Letter checklist');

beforeEach(() => {
  (globalThis as { document?: unknown }).document = document;
});
afterEach(() => {
  render(null, root);
  delete (globalThis as { document?: unknown }).document;
});

describe('the side panel\'s letter checklist', () => {
  it('is not shown when the only item is the candour checklist (it has its own section)', async () => {
    await show(report([item('candour-checklist', 'This letter about something that went wrong is missing parts.')]));
    expect(headings()).toContain('Candour checklist');
    expect(letterChecklist()).toBeUndefined();
    expect(root.textContent).not.toContain('the letter is missing:');
  });

  it('lists every other item, without the candour one', async () => {
    await show(report([item('candour-checklist', 'Candour parts missing.'), item('no-contact-details', 'No contact details.')]));
    const list = letterChecklist()!.parentNode!.querySelector('ul.lens-list')!;
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['✗ No contact details.']);
  });
});

/**
 * The "Writing to" choice changes how this letter is checked: the panel says under it what the
 * chosen reader changes (the same words as the options and check pages), so a clinician who picks
 * "clinician" knows the jargon underlines went on purpose.
 */
describe('the side panel\'s "Writing to" choice', () => {
  it.each(['patient', 'clinician'] as const)('for a %s, says under the choice what that reader changes', async (audience) => {
    await show({ ...report([]), audience });
    const select = root.querySelector('#audience')!;
    expect(root.querySelector('#' + select.getAttribute('aria-describedby'))!.textContent).toBe(AUDIENCE_NOTES[audience]);
  });

  it('names each reader in words, as the options and check pages do, not by its setting id', async () => {
    await show(report([]));
    const options = [...root.querySelectorAll('#audience option')].map((o) => [o.getAttribute('value'), o.textContent]);
    expect(options).toEqual(AUDIENCES.map((a) => [a, AUDIENCE_CHOICE[a]]));
    expect(options.map(([, words]) => words)).toEqual(['Patient', 'Parent of a child patient', 'Carer', 'Clinician (a colleague)']);
  });
});
