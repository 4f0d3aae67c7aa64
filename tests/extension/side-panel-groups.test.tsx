/**
 * The side panel on a noisy letter (issue 13: 41 findings, 25 of them clarity, put reading age and
 * the checklists 6,000 px down): the summary comes before any finding, and a rule that fires more
 * than once is one entry that opens to each of its places. Renders the real SidePanel into a
 * linkedom document with the tab's report stubbed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import type { FieldReport, ReportFinding } from '../../extension/protocol/messages.js';

const tab = vi.hoisted(() => ({ report: null as unknown as FieldReport, told: [] as unknown[] }));
vi.mock('../../extension/pages/background-client.js', () => ({
  tabReport: async () => ({ tabId: 7, frameId: 0, report: structuredClone(tab.report), page: structuredClone(tab.report) }),
  tellTab: async (_tabId: number, msg: unknown) => {
    tab.told.push(msg);
    return true;
  },
}));
const { SidePanel, refreshPanel } = await import('../../extension/pages/SidePanel.js');
const { closeAllGroups } = await import('../../extension/pages/side-panel/FindingGroups.js');

const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
const root = document.getElementById('root') as unknown as HTMLElement;

function finding(index: number, ruleId: string, lens: ReportFinding['lens'], title: string, actual: string): ReportFinding {
  return { index, ruleId, lens, title, actual, severity: 'advice', message: `${title}: say it in full.`, suggestions: [] };
}

/** Six abbreviations, one "failed to attend", one "nocte": in text order, as the content script sends them. */
const FINDINGS: ReportFinding[] = [
  finding(0, 'abbreviation', 'clarity', 'Abbreviation', 'GP'),
  finding(1, 'failed-to-attend', 'compassion', 'Failed to attend', 'failed to attend'),
  finding(2, 'abbreviation', 'clarity', 'Abbreviation', 'A&E'),
  finding(3, 'nocte', 'clarity', 'Latin dosing', 'nocte'),
  finding(4, 'abbreviation', 'clarity', 'Abbreviation', 'MRI'),
  finding(5, 'abbreviation', 'clarity', 'Abbreviation', 'OPD'),
  finding(6, 'abbreviation', 'clarity', 'Abbreviation', 'BP'),
  finding(7, 'abbreviation', 'clarity', 'Abbreviation', 'ECG'),
];

function report(findings: ReportFinding[]): FieldReport {
  const counts = { candour: 0, compassion: 0, respect: 0, clarity: 0 };
  for (const f of findings) counts[f.lens]++;
  return {
    host: 'mail.example.nhs.uk',
    enabled: true,
    hasField: true,
    audience: 'patient',
    readingAgeTarget: 11,
    counts,
    findings,
    summary: {
      readability: { words: 291, sentences: 20, polysyllables: 30, readingAge: 13, averageSentenceWords: 14.5, longestSentenceWords: 31 },
      candour: { applies: true, present: ['apology'], missing: ['account', 'next-steps', 'support', 'contact'] },
      checklist: [{ ruleId: 'no-contact-details', message: 'No contact details.', kind: 'letter' }],
      counts: {},
    } as unknown as FieldReport['summary'],
  } as FieldReport;
}

async function show(r: FieldReport): Promise<void> {
  tab.report = r;
  await refreshPanel();
  render(h(SidePanel, {}), root);
}
/** Lets Preact redraw after a signal changed. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const region = (name: string) => root.querySelector(`section[aria-label="${name}"]`)!;
const buttons = (el: Element) => [...el.querySelectorAll('button')].map((b) => b.textContent!.trim());

beforeEach(() => {
  (globalThis as { document?: unknown }).document = document;
  tab.told = [];
  closeAllGroups();
});
afterEach(() => {
  render(null, root);
  delete (globalThis as { document?: unknown }).document;
});

describe('the side panel on a noisy letter', () => {
  it('puts the summary, reading age and both checklists before the first finding', async () => {
    await show(report(FINDINGS));
    const text = root.textContent!;
    const firstFinding = text.indexOf('Findings (8)');
    expect(firstFinding).toBeGreaterThan(0);
    for (const before of ['8 findings: 1 compassion, 7 clarity.', 'Reading age 13', 'Candour checklist', 'Letter checklist', 'No contact details.']) {
      expect(text.indexOf(before), before).toBeGreaterThanOrEqual(0);
      expect(text.indexOf(before), before).toBeLessThan(firstFinding);
    }
  });

  it('shows a rule that fires six times as one closed entry, "Abbreviation: 6 places"', async () => {
    await show(report(FINDINGS));
    const clarity = region('Clarity findings');
    expect(clarity.querySelector('h3')!.textContent).toBe('Clarity (7)');
    expect(buttons(clarity)).toEqual(['▸ Abbreviation: 6 places', 'Latin dosing: nocteLatin dosing: say it in full.']);
    const toggle = clarity.querySelector('button[aria-expanded]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector(`#${toggle.getAttribute('aria-controls')}`)!.hasAttribute('hidden')).toBe(true);
    // A rule that fires once is still a single button that names it.
    expect(buttons(region('Compassion findings'))).toEqual(['Failed to attend: failed to attendFailed to attend: say it in full.']);
  });

  it('opens to a button for each place, in text order, each showing its place in the page', async () => {
    await show(report(FINDINGS));
    const toggle = region('Clarity findings').querySelector('button[aria-expanded]')!;
    toggle.dispatchEvent(new (document.defaultView as unknown as typeof globalThis).Event('click', { bubbles: true }));
    await settle();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const list = root.querySelector(`#${toggle.getAttribute('aria-controls')}`)!;
    expect(list.hasAttribute('hidden')).toBe(false);
    const places = [...list.querySelectorAll('button')];
    expect(places.map((b) => b.textContent)).toEqual(['1 of 6: GP', '2 of 6: A&E', '3 of 6: MRI', '4 of 6: OPD', '5 of 6: BP', '6 of 6: ECG']);
    places[3].dispatchEvent(new (document.defaultView as unknown as typeof globalThis).Event('click', { bubbles: true }));
    expect(tab.told).toEqual([{ type: 'page:reveal', index: 5 }]);
  });

  it('keeps an opened entry open when the report refreshes as the letter changes', async () => {
    await show(report(FINDINGS));
    region('Clarity findings').querySelector('button[aria-expanded]')!.dispatchEvent(new (document.defaultView as unknown as typeof globalThis).Event('click', { bubbles: true }));
    await settle();
    await show(report(FINDINGS.filter((f) => f.actual !== 'GP')));
    await settle();
    const toggle = region('Clarity findings').querySelector('button[aria-expanded]')!;
    expect(toggle.textContent).toBe('▾ Abbreviation: 5 places');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
  });

  it('says when there is nothing to flag', async () => {
    await show(report([]));
    expect(root.textContent).toContain('No findings.');
    expect(root.querySelector('section[aria-label$="findings"]')).toBeNull();
  });
});
