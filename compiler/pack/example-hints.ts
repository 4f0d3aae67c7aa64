/**
 * Why a pack rule's Flag example went unflagged, when the answer is a built-in rule: a longer
 * finding swallows one inside it (engine/overlaps.ts), so a built-in rule matching more words
 * hides the pack's finding, and a clinician sees the built-in card there instead.
 */
import { createChecker } from '../../engine/checker.js';
import type { CompiledRuleset } from '../../engine/types.js';
import type { RuleDoc } from '../rule-file.js';

/** By rule file and line: a hint for each Flag example whose marked words another rule flags. */
export function swallowedHints(merged: CompiledRuleset, rules: readonly RuleDoc[]): Map<string, string> {
  const checker = createChecker(merged);
  const hints = new Map<string, string>();
  for (const rule of rules) {
    for (const ex of rule.examples) {
      if (ex.kind !== 'flag') continue;
      const findings = checker.check(ex.text, { audience: ex.audience });
      const others = findings.filter((f) => f.ruleId !== rule.id && ex.marks.some((m) => f.start < m.end && m.start < f.end));
      if (others.length === 0) continue;
      const f = others[0];
      hints.set(`${rule.file}:${ex.line}`, `the rule "${f.ruleId}" flags "${f.actual}" here, and a longer finding takes the place of one inside it: reword the example, or leave these words to that rule`);
    }
  }
  return hints;
}
