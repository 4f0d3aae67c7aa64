/** Turns the organisation's own phrases into rules the engine runs alongside the compiled ruleset. */
import { AUDIENCES, withExtraPhrases, type CompiledPhrase, type CompiledRule, type CompiledRuleset } from '../../engine/index.js';
import type { CustomPhrase } from '../protocol/settings-shapes.js';
import { compilePhrase, MAX_PHRASINGS_TOTAL, type CompiledPhrasing } from '../protocol/phrase-limits.js';
import { customRuleId } from '../protocol/ids.js';

/**
 * The ruleset plus one phrase rule per custom phrase (in its `extra` phrases). Phrases that do not
 * parse or are over the limits (phrase-limits.ts) are skipped, and so is any phrase that would take
 * the total past MAX_PHRASINGS_TOTAL: the import, options page and policy refuse such phrases, but
 * a database written before the limits existed may still hold them. Built in the background
 * (page-ruleset.ts), which sends each tab the ruleset with them.
 */
export function withCustomPhrases(base: CompiledRuleset, custom: CustomPhrase[]): CompiledRuleset {
  if (custom.length === 0) return base;
  const seen = new Set(base.rules.map((r) => r.id));
  const rules: CompiledRule[] = [];
  const phrasings: Array<{ rule: number; tokens: CompiledPhrasing }> = [];
  let total = 0;
  for (const p of custom) {
    const id = customRuleId(p);
    if (seen.has(id)) continue;
    // An unreadable or oversized phrase must not stop the others from working.
    const compiled = compilePhrase(p.phrase);
    if ('problem' in compiled || total + compiled.phrasings.length > MAX_PHRASINGS_TOTAL) continue;
    total += compiled.phrasings.length;
    seen.add(id);
    for (const tokens of compiled.phrasings) phrasings.push({ rule: rules.length, tokens });
    rules.push({
      id,
      title: p.phrase,
      lens: p.lens,
      severity: 'warning',
      audiences: [...AUDIENCES],
      message: p.explanation || 'Your organisation asks you not to use this phrase.',
      suggestions: p.suggestion ? [p.suggestion] : [],
      check: 'phrase',
    });
  }
  if (rules.length === 0) return base;
  return withExtraPhrases(base, rules, (offset) =>
    phrasings.map(({ rule, tokens: t }): CompiledPhrase => ({
      rule: offset + rule,
      tokens: t.tokens,
      ...(t.clauseStart ? { clauseStart: true } : {}),
      ...(t.clauseEnd ? { clauseEnd: true } : {}),
    })),
  );
}
