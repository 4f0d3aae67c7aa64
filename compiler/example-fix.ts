/**
 * What a Flag example reads like after a click on the first suggestion of each of its findings:
 * the text its "Fixed:" line must equal. Suggestions are the example's audience's.
 */
import type { Checker } from '../engine/checker.js';
import { createChecker } from '../engine/checker.js';
import { applySuggestion } from '../engine/apply.js';
import type { Audience, CompiledRuleset } from '../engine/types.js';
import type { RuleExample } from './rule-file.js';
import { forAudience } from './audience-suggestions.js';

/** One checker per audience, each offering that audience's suggestions. */
export function audienceCheckers(ruleset: CompiledRuleset): (audience: Audience) => Checker {
  const made = new Map<Audience, Checker>();
  return (audience) => {
    let c = made.get(audience);
    if (!c) made.set(audience, (c = createChecker(forAudience(ruleset, audience))));
    return c;
  };
}

/** The example with the first suggestion of each of the rule's findings applied (last first, so earlier offsets hold), or null if none has a suggestion. */
export function applyFirstSuggestions(checker: Checker, ruleId: string, ex: Pick<RuleExample, 'text' | 'audience'>): string | null {
  const { findings, summary } = checker.analyse(ex.text, { audience: ex.audience });
  const fixable = [...findings, ...summary.checklist].filter((f) => f.ruleId === ruleId && f.suggestions.length > 0).sort((a, b) => b.start - a.start);
  if (fixable.length === 0) return null;
  return fixable.reduce((text, f) => applySuggestion(text, f, 0), ex.text);
}
