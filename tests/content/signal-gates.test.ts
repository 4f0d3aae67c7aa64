/**
 * onlyIfLetterSignals: a rule gated on another rule's signals (the candour checklist's "went-wrong")
 * fires only in a letter that has one of them, so the rules that speak to a letter about a failing
 * share one definition of one (compiler/signal-gates.ts).
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '../../compiler/load-content.js';
import { ContentErrors } from '../../compiler/errors.js';
import { createChecker } from '../../engine/checker.js';

const SOURCES = 'NHSR: { title: "NHS Resolution: Saying sorry", url: "https://example.org/sorry" }\n';

const SIGNALS = `---
title: Signals only
lens: candour
values: [respect-and-dignity]
severity: advice
message: Holds the signals.
phrases:
  - "zzqx"
params:
  signals:
    went-wrong:
      - "we made a mistake"
sources: [NHSR]
---

## Why

It holds the signals.

## Examples

### Flag

- **zzqx** one.
- **zzqx** two.

### Fine

- Nothing here.
- Nor here.
`;

const gated = (signal: string) => `---
title: Mistakes happen
lens: candour
values: [respect-and-dignity]
severity: warning
message: An excuse.
phrases:
  - "mistakes happen"
onlyIfLetterSignals: [${signal}]
sources: [NHSR]
---

## Why

It excuses.

## Examples

### Flag

- We made a mistake with your dose. **Mistakes happen**.
- We made a mistake. **Mistakes happen** on busy wards.

### Fine

- Mistakes happen when people learn to ride a bike.
- Mistakes happen, and that is how we learn.
`;

function contentDir(rules: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vl-gates-'));
  mkdirSync(join(dir, 'rules'));
  writeFileSync(join(dir, 'sources.yml'), SOURCES);
  for (const [name, text] of Object.entries(rules)) writeFileSync(join(dir, 'rules', name), text);
  return dir;
}

describe('onlyIfLetterSignals', () => {
  it('fires only in a letter with one of the named signals', () => {
    const { ruleset } = loadContent(contentDir({ 'signals-only.md': SIGNALS, 'mistakes-happen.md': gated('went-wrong') }));
    const ids = (text: string) => createChecker(ruleset).check(text, { audience: 'patient' }).map((f) => f.ruleId);
    expect(ids('We made a mistake with your dose. Mistakes happen.')).toContain('mistakes-happen');
    expect(ids('Mistakes happen when people learn to ride a bike.')).not.toContain('mistakes-happen');
  });

  it('names a signal no rule defines', () => {
    let messages: string[] = [];
    try {
      loadContent(contentDir({ 'signals-only.md': SIGNALS, 'mistakes-happen.md': gated('went-rong') }));
    } catch (e) {
      if (!(e instanceof ContentErrors)) throw e;
      messages = e.errors.map((x) => x.message.replace(/^.*?rules\//, 'rules/'));
    }
    expect(messages).toEqual(['rules/mistakes-happen.md:9: no rule defines the signal "went-rong" (params: signals: in the rule that reads it)']);
  });
});

describe('the candour rules that read the shared signals', () => {
  // Each letter is about a failing only by a signal the rule's own old list lacked, so each
  // finding shows the rule now reads the checklist's definition, not a drifted copy.
  const checker = createChecker(loadContent().ruleset);
  const ids = (text: string, audience: 'patient' | 'carer' = 'patient') => checker.check(text, { audience }).map((f) => f.ruleId);
  it.each([
    ['hard-to-spot', 'Your X-ray result was overlooked. On this occasion it slipped through the net.'],
    ['it-was-decided', 'I am sorry that we did not call you. It was assumed that your GP would arrange the scan.'],
    ['regrettably', 'Regrettably, we got this wrong, and your scan was booked for the wrong week.'],
    ['hope-this-reassures', 'We got this wrong, and your insulin dose was too high. Your sugar levels are now stable. I hope this reassures you.'],
    ['blaming-another-service', 'Your referral was overlooked. The booking office is run by an external contractor.'],
  ])('%s speaks in a letter about a failing that only the shared signals recognise', (rule, text) => {
    expect(ids(text)).toContain(rule);
  });
  it.each([
    ['hard-to-spot', 'Gallstones can be hard to see on an X-ray, so we have booked an ultrasound for you.'],
    ['regrettably', 'Regrettably, the clinic is closed on Fridays, so your appointment will be on a Thursday.'],
    ['hope-this-reassures', 'Your scan was normal. I hope this reassures you.'],
  ])('%s stays quiet in a letter about no failing', (rule, text) => {
    expect(ids(text)).not.toContain(rule);
  });
});
