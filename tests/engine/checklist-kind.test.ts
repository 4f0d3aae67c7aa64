/** Checklist items carry the list they belong in, so front ends sort them by a field and not by a rule id. */
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../engine/checker.js';
import { CHECKLIST_ITEM_KIND, type CompiledRuleset } from '../../engine/types.js';
import { realRuleset } from '../extension/real-ruleset.js';

const ruleset = realRuleset() as CompiledRuleset;
const checker = createChecker(ruleset);
const checklist = (text: string) => checker.analyse(text, { audience: 'patient' }).summary.checklist;

// A letter about something that went wrong, with no apology and no contact details.
const CANDOUR_NO_CONTACT = 'Hello\n\nYour referral was not sent because of a mistake. We will write to you by 1 June.\n\nYours sincerely\nJo Smith';

describe('checklist item kind', () => {
  it("marks the candour checklist's items 'candour'", () => {
    const candourItems = checklist(CANDOUR_NO_CONTACT).filter((c) => c.ruleId === 'candour-checklist');
    expect(candourItems.length).toBeGreaterThan(0);
    for (const c of candourItems) expect(c.kind).toBe('candour');
  });

  it("marks what any letter is missing 'letter'", () => {
    const contact = checklist(CANDOUR_NO_CONTACT).filter((c) => c.ruleId === 'contact-details-missing');
    expect(contact.length).toBe(1);
    expect(contact[0].kind).toBe('letter');
  });

  it('gives every item the kind of its rule, so filtering by kind leaves the candour items out of the letter list', () => {
    const items = checklist(CANDOUR_NO_CONTACT);
    const checkOf = new Map(ruleset.rules.map((r) => [r.id, r.check]));
    for (const c of items) expect(c.kind).toBe(CHECKLIST_ITEM_KIND[checkOf.get(c.ruleId)!]);
    const letterList = items.filter((c) => c.kind === 'letter').map((c) => c.ruleId);
    expect(letterList).toContain('contact-details-missing');
    expect(letterList).not.toContain('candour-checklist');
  });
});
