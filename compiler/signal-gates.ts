/**
 * A rule's `onlyIfLetterSignals: [went-wrong, failing]` makes it fire only in a letter that has one of
 * those signals' phrases, as defined once in another rule's params.signals (the candour checklist's).
 * Without this, every rule that speaks only to a letter about a failing kept its own copy of what
 * makes a letter one, and the copies drifted apart (the checklist's list grew; theirs did not).
 */
import type { ErrorList } from './errors.js';
import type { RuleDoc } from './rule-file.js';

export function addSignalGates(rules: RuleDoc[], errors: ErrorList): void {
  const bySignal = new Map<string, RuleDoc['onlyIfLetterHas']>();
  for (const rule of rules) for (const [name, specs] of Object.entries(rule.signals)) bySignal.set(name, [...(bySignal.get(name) ?? []), ...specs]);
  for (const rule of rules) {
    for (const name of rule.onlyIfLetterSignals) {
      const specs = bySignal.get(name);
      if (!specs) {
        errors.add(rule.file, rule.lineOf('onlyIfLetterSignals'), `no rule defines the signal "${name}" (params: signals: in the rule that reads it)`);
        continue;
      }
      // Copies, inflected with the rule's other onlyIfLetterHas phrases ("apologised for") as the
      // rules' own copies were; each with its own phrasings array, since inflecting adds to it and
      // the signal itself must stay as written.
      for (const spec of specs) rule.onlyIfLetterHas.push({ ...spec, phrasings: [...spec.phrasings] });
    }
  }
}
