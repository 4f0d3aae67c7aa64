/** Suggestions fit who the letter is to: a carer or a parent is never told "you" about someone else. */
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../engine/checker.js';
import type { Audience, CompiledRuleset } from '../../engine/types.js';
import { realRuleset } from '../extension/real-ruleset.js';

const checker = createChecker(realRuleset() as CompiledRuleset);
const suggestions = (text: string, ruleId: string, audience: Audience) =>
  checker.check(text, { audience }).find((f) => f.ruleId === ruleId)?.suggestions ?? [];

describe('suggestions by audience', () => {
  it('"the patient" becomes "you" for the patient, and a name or "your mother" for a carer', () => {
    expect(suggestions('The patient was seen in clinic.', 'the-patient', 'patient').join(' ')).toMatch(/\byou\b/i);
    const carer = suggestions('The patient was seen in clinic.', 'the-patient', 'carer');
    expect(carer.length).toBeGreaterThan(0);
    for (const s of carer) expect(s).not.toMatch(/^you\b/i);
    expect(carer.join(' ')).toMatch(/\[name\]|your \[/i);
  });

  it('"was not brought" is offered only to parents', () => {
    const parent = suggestions('Your son failed to attend his appointment.', 'failed-to-attend', 'parent');
    const patient = suggestions('You failed to attend your appointment.', 'failed-to-attend', 'patient');
    expect(parent.join(' ')).toMatch(/brought|bring/);
    expect(patient.join(' ')).not.toMatch(/brought|bring/);
  });
});
