/**
 * One check of one field, run by its FieldSession a moment after the clinician stops typing:
 * read the text, check it (the engine, with its paragraph cache), leave out ignored findings, those
 * below the clinician's severity threshold and the word being typed (typing-hold.ts), paint the underlines, count what is new once it has settled (field-session.ts), then let the card and badge follow.
 */
import { atOrAboveSeverity } from '../../engine/index.js';
import type { ToBackground } from '../protocol/messages.js';
import type { FieldSession } from './field-session.js';
import type { PageState } from './page-state.js';
import type { RulesetSource } from './ruleset-source.js';
import { holdWhileTyping } from './typing-hold.js';

export interface CheckLoopDeps {
  state: PageState;
  rules: RulesetSource;
  send(msg: ToBackground): Promise<unknown>;
  /** A field left the page: stop checking it. */
  forget(s: FieldSession): void;
  /** After the findings changed: redraw card and badge, tell the side panel. */
  checked(s: FieldSession): void;
}

export function checkField(s: FieldSession, deps: CheckLoopDeps): void {
  const { state, rules } = deps;
  if (!state.config?.enabled) return;
  if (!s.field.element.isConnected) return deps.forget(s);
  s.text = s.field.read();
  // Asked on every check, not only while there is no checker: a no-op when the ruleset in hand or
  // on its way is up to date, and after a config change whose ruleset failed every retry, the next
  // edit asks again (the old rules check meanwhile). Every field is checked again when it arrives.
  rules.request();
  const checker = rules.checker();
  if (!checker) return;
  const all = checker.check(s.text, { audience: s.audience ?? state.config.audience, disabledRules: state.config.disabledRules });
  // The one place a field's findings are chosen: underlines, badge counts, card navigation and the
  // side panel all read s.findings, so a finding below the threshold appears in none of them.
  const threshold = state.config.severityThreshold;
  // The rule is looked up only when something is ignored: this runs over every finding of the letter on every keystroke.
  const ignored = state.ignored.empty ? null : state.ignored;
  const chosen = all.filter((f) => atOrAboveSeverity(f.severity, threshold) && !ignored?.has(f, checker.ruleById(f.ruleId)));
  // The word being typed is not judged yet (typing-hold.ts): looked at again when the typist pauses.
  const { shown, recheckIn } = holdWhileTyping(s.text, chosen, Date.now() - s.lastEditAt, () => s.field.caret());
  s.findings = shown;
  const card = state.card?.session === s ? state.card : null;
  s.active = card && card.index < s.findings.length ? card.index : -1;
  s.field.paint(s.findings, s.active);
  s.settleCount(() => countNew(s, deps.send));
  deps.checked(s);
  if (recheckIn > 0) s.schedule(recheckIn);
}

/**
 * Counts each finding once per field (rule ids only: no letter text leaves this page): the n-th
 * finding of a rule is new when the field never had n of that rule before. Numbers per rule, not a
 * key string per finding: this runs on every keystroke, over every finding of the letter.
 */
function countNew(s: FieldSession, send: CheckLoopDeps['send']): void {
  const perRule = new Map<string, number>();
  for (const f of s.findings) perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
  const fresh: string[] = [];
  for (const [ruleId, n] of perRule) {
    const before = s.counted.get(ruleId) ?? 0;
    if (n <= before) continue;
    s.counted.set(ruleId, n);
    for (let i = before; i < n; i++) fresh.push(ruleId);
  }
  if (fresh.length) void send({ type: 'content:seen', ruleIds: fresh }).catch(() => {});
}
