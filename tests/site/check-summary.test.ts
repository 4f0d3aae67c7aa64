/** The check page's summary: the letter checklist lists what any letter is missing, and leaves the candour items to the candour checklist. */
import { beforeEach, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { createChecker } from '../../engine/checker.js';
import type { CompiledRuleset } from '../../engine/types.js';
import { realRuleset } from '../extension/real-ruleset.js';
import { renderSummary } from '../../site/client/check/summary.js';

const checker = createChecker(realRuleset() as CompiledRuleset);
const LETTER = 'Hello\n\nYour referral was not sent because of a mistake. We will write to you by 1 June.\n\nYours sincerely\nJo Smith';

beforeEach(() => {
  const { document } = parseHTML('<html><body><div id="check-summary"></div><div id="candour-checklist"></div></body></html>');
  (globalThis as { document?: unknown }).document = document;
});

describe('check page summary', () => {
  it('lists the missing contact details in the letter checklist, and the candour items only in the candour checklist', () => {
    const { findings, summary } = checker.analyse(LETTER, { audience: 'patient' });
    expect(summary.checklist.map((c) => c.ruleId)).toContain('candour-checklist');
    renderSummary(summary, findings.length);
    const doc = (globalThis as unknown as { document: Document }).document;
    const letterItems = [...doc.querySelectorAll('#check-summary li')].map((li) => li.textContent ?? '');
    const contact = summary.checklist.find((c) => c.ruleId === 'contact-details-missing')!;
    const candour = summary.checklist.filter((c) => c.kind === 'candour');
    expect(letterItems).toHaveLength(1);
    expect(letterItems[0]).toContain(contact.message);
    for (const c of candour) expect(letterItems.join('\n')).not.toContain(c.message);
    expect(doc.getElementById('candour-checklist')!.textContent).toContain('Say sorry');
  });
});
