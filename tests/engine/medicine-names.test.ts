/** Medicine names found by their international stem (engine/checks/medical-sense.ts): the whole name, each word read once, and a dose in shorthand as clinical company. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createChecker } from '../../engine/checker.js';
import type { CompiledRuleset } from '../../engine/types.js';
import { realRuleset } from '../extension/real-ruleset.js';

const checker = createChecker(realRuleset() as CompiledRuleset);
const medical = (text: string) => checker.check(text, { audience: 'patient' }).filter((f) => f.ruleId === 'medical-words').map((f) => f.actual);

describe('medicine names', () => {
  afterEach(() => vi.restoreAllMocks());

  it('flags a "co-" combination medicine as one name, not its second half', () => {
    expect(medical('Start co-trimoxazole and repeat the MRI.')).toEqual(['co-trimoxazole']);
    expect(medical('Start co-careldopa 25/100 and repeat the MRI.')).toEqual(['co-careldopa']);
    // "co-" joined to an everyday word is left alone.
    expect(medical('Your co-worker can co-sign the form.')).toEqual([]);
  });

  it('reads each candidate word against the medicine pattern once, however often the letter uses it', () => {
    const test = vi.spyOn(RegExp.prototype, 'test');
    const fresh = createChecker(realRuleset() as CompiledRuleset);
    fresh.check('Increase bisoprolol to 5mg; the ECG showed AF. Keep bisoprolol going.', { audience: 'patient' });
    // The pattern of stems ("olol", "gliflozin") read on the word "bisoprolol": once for its form.
    const reads = test.mock.calls.filter((args, k) => args[0] === 'bisoprolol' && (test.mock.contexts[k] as RegExp).source.includes('gliflozin'));
    expect(fresh.check('Increase bisoprolol to 5mg; the ECG showed AF.', { audience: 'patient' }).map((f) => f.actual)).toContain('bisoprolol');
    expect(reads.length).toBe(1);
  });

  it('takes a dose in Latin shorthand beside a medicine as clinical company, even for the reader\'s own medicine', () => {
    expect(medical('Plan: 1. Increase furosemide to 80mg om and 40mg at 2pm.')).toEqual(['furosemide']);
    expect(medical('3. Continue bisoprolol 5mg od.')).toEqual(['bisoprolol']);
    expect(medical('Your ramipril stays at 5mg bd.')).toEqual(['ramipril']);
    expect(medical('Take mirtazapine 15mg nocte for now.')).toEqual(['mirtazapine']);
    expect(medical('STOP amitriptyline 25mg ON.')).toEqual(['amitriptyline']);
  });

  it('stays quiet on the reader\'s own medicine in plain words, or one the letter explains', () => {
    expect(medical('Keep taking ramipril 2.5mg each morning as before.')).toEqual([]);
    expect(medical('I have started donepezil 5mg, one tablet each night.')).toEqual([]);
    expect(medical('Start apixaban 5mg bd to prevent a stroke.')).toEqual([]);
    expect(medical('We will start a blood thinner called edoxaban 60mg od.')).toEqual([]);
  });
});
