/**
 * Applies every suggestion of a rule to every one of its Flag examples, as the extension and the
 * site do (applySuggestion on the engine's own finding), and lists what reads wrong afterwards.
 * `checkerFor` gives the checker for the example's audience (see compiler/audience-suggestions.ts).
 */
import type { Checker } from '../../engine/checker.js';
import { CHECKLIST_KINDS, type Audience } from '../../engine/types.js';
import { applySuggestion, replacementFor, textEdit } from '../../engine/apply.js';
import type { RuleDoc } from '../../compiler/rule-file.js';
import { englishProblems, type ProblemKind } from './english-checks.js';

export interface Failure {
  rule: string;
  /** file:line of the example. */
  where: string;
  suggestion: string;
  before: string;
  after: string;
  kind: ProblemKind | 'refound';
  detail: string;
  /** The finding's span in `before`. */
  start: number;
  end: number;
}

export interface Application {
  rule: string;
  where: string;
  suggestion: string;
  failures: Failure[];
}

export function auditRule(checkerFor: (audience: Audience) => Checker, rule: RuleDoc): Application[] {
  const out: Application[] = [];
  for (const ex of rule.examples) {
    if (ex.kind !== 'flag') continue;
    const where = `${rule.file}:${ex.line}`;
    const checker = checkerFor(ex.audience);
    const { findings, summary } = checker.analyse(ex.text, { audience: ex.audience });
    for (const f of [...findings, ...summary.checklist].filter((x) => x.ruleId === rule.id)) {
      f.suggestions.forEach((suggestion, i) => {
        const after = applySuggestion(ex.text, f, i);
        const failures: Failure[] = [];
        const fail = (kind: Failure['kind'], detail: string) => failures.push({ rule: rule.id, where, suggestion, before: ex.text, after, kind, detail, start: f.start, end: f.end });
        const edit = textEdit(ex.text, after);
        const again = checker.analyse(after, { audience: ex.audience });
        const refound = [...again.findings, ...again.summary.checklist].filter(
          (g) => g.ruleId === rule.id && g.start <= edit.start + edit.insert.length && g.end >= edit.start,
        );
        if (after === ex.text) fail('refound', 'the fix changes nothing');
        else for (const g of refound) fail('refound', `"${g.actual}" is flagged again`);
        const fix = { start: f.start, end: f.end, suggestion, replacement: replacementFor(ex.text, f, i) };
        // A checklist finding (no greeting, no contact details) is anchored on words that are not wrong:
        // a fix adds what is missing and keeps them.
        if (CHECKLIST_KINDS.has(rule.check) && !fix.replacement.includes(f.actual)) fail('leftover', `the fix deletes "${f.actual}", which a missing item is only anchored on`);
        for (const p of englishProblems(ex.text, after, fix, ex.audience)) fail(p.kind, p.detail);
        out.push({ rule: rule.id, where, suggestion, failures });
      });
    }
  }
  return out;
}
