/** Builds a small ruleset in memory so engine tests do not depend on the content library. */
import { expandPattern, phrasingTokens } from '../../engine/patterns.js';
import type { Audience, CompiledPhrase, CompiledRuleset, Lens, Severity } from '../../engine/types.js';
import { assembleRuleset } from '../../engine/assemble.js';

export interface TestRule {
  id: string;
  lens?: Lens;
  severity?: Severity;
  audiences?: Audience[];
  phrases: Array<string | { match: string; suggest?: string[]; case?: 'sensitive' }>;
  suggestions?: string[];
  exceptions?: string[];
  unless?: string[];
  onlyIf?: string[];
}

export function makeRuleset(rules: TestRule[]): CompiledRuleset {
  const phrases: CompiledPhrase[] = [];
  rules.forEach((r, rule) => {
    const add = (pattern: string, extra: Partial<CompiledPhrase>, exact = false) => {
      for (const p of expandPattern(pattern)) {
        const t = phrasingTokens(p);
        phrases.push({ rule, tokens: t.tokens, ...(exact ? { exact: t.exact } : {}), ...(t.clauseStart ? { clauseStart: true } : {}), ...(t.clauseEnd ? { clauseEnd: true } : {}), ...extra });
      }
    };
    for (const p of r.phrases) {
      if (typeof p === 'string') add(p, {});
      else add(p.match, p.suggest ? { suggest: p.suggest } : {}, p.case === 'sensitive');
    }
    for (const e of r.exceptions ?? []) add(e, { role: 'exception' });
    for (const u of r.unless ?? []) add(u, { role: 'unless' });
    for (const o of r.onlyIf ?? []) add(o, { role: 'only' });
  });
  return assembleRuleset(
    rules.map((r) => ({
      id: r.id,
      title: r.id,
      lens: r.lens ?? 'compassion',
      severity: r.severity ?? 'warning',
      audiences: r.audiences ?? ['patient', 'parent', 'carer', 'clinician'],
      message: `message for ${r.id}`,
      suggestions: r.suggestions ?? [],
      check: 'phrase' as const,
    })),
    phrases,
  );
}
