/**
 * The lens decks are chosen in the content: `deck: N` puts a rule at place N in its lens's slides.
 * A deck rule's hand-written Before must be caught by the rule (the slides mark it) and its After
 * must read clean (the slides present it as the better version).
 */
import type { Checker } from '../engine/checker.js';
import type { Lens } from '../engine/types.js';
import type { ErrorList } from './errors.js';
import type { RuleDoc } from './rule-file.js';

/** A lens deck should walk through this many rules: fewer is thin, more will not fit a session. */
export const DECK_SIZE = { min: 8, max: 12 } as const;

/** The rules of a lens's deck, in their places. */
export function deckRules(rules: readonly RuleDoc[], lens: Lens): RuleDoc[] {
  return rules.filter((r) => r.lens === lens && r.deck !== undefined).sort((a, b) => a.deck! - b.deck!);
}

/** Two rules of one lens may not share a place. */
export function checkDeckPlaces(rules: readonly RuleDoc[], errors: ErrorList): void {
  const taken = new Map<string, RuleDoc>();
  for (const rule of rules) {
    if (rule.deck === undefined) continue;
    const key = `${rule.lens}:${rule.deck}`;
    const other = taken.get(key);
    if (other) errors.add(rule.file, rule.lineOf('deck'), `deck ${rule.deck} of the ${rule.lens} slides is also taken by ${other.file}`);
    else taken.set(key, rule);
  }
}

/** Before is flagged by the rule itself; After raises no error or warning from any rule. */
export function checkDeckWording(checker: Checker, rules: readonly RuleDoc[], errors: ErrorList): void {
  for (const rule of rules) {
    const bw = rule.betterWording;
    if (rule.deck === undefined || !bw) continue;
    const audience = rule.audiences.includes('patient') ? 'patient' : rule.audiences[0];
    const before = checker.analyse(bw.before, { audience });
    if (![...before.findings, ...before.summary.checklist].some((f) => f.ruleId === rule.id)) {
      errors.add(rule.file, bw.line, 'this deck rule does not flag its own "Before:" (the slides mark what it catches)');
    }
    for (const f of checker.check(bw.after, { audience })) {
      if (f.severity === 'advice') continue;
      errors.add(rule.file, bw.afterLine, `"After:" still raises ${f.ruleId} (${f.severity}) on "${f.actual}"`);
    }
  }
}
