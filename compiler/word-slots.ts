/**
 * A phrase may name a word class in braces, `{=own-verdict-who}`, and stands for every word of that
 * class (params.words, in any rule: a class is named once in the ruleset). So a concept told by its
 * grammar, "[who] [acted] [how]", is written once over shared lists instead of each rule keeping its
 * own copy of the staff nouns, which drifted apart (issue 10, section 2). The expansion happens here,
 * at build time: the engine and the content script see only the phrasings, as if written out.
 */
import { expandPattern, PatternError } from '../engine/patterns.js';
import type { ErrorList } from './errors.js';
import type { PhraseSpec, RuleDoc } from './rule-file.js';

const SLOT = /\{=([a-z0-9-]+)\}/g;

export function addWordSlots(rules: RuleDoc[], errors: ErrorList): void {
  const classes = new Map<string, readonly string[]>();
  for (const rule of rules) {
    const words = rule.params.words;
    if (words && typeof words === 'object') for (const [name, list] of Object.entries(words)) if (Array.isArray(list)) classes.set(name, list as string[]);
  }
  const expand = (rule: RuleDoc, spec: PhraseSpec) => {
    if (!spec.match.includes('{=')) return;
    if (spec.slots) {
      errors.add(rule.file, spec.line, 'a phrase with a word class ({=name}) cannot repeat its groups in a suggestion ($1)');
      return;
    }
    let missing = '';
    const written = spec.match.replace(SLOT, (_, name: string) => {
      const list = classes.get(name);
      if (!list?.length) missing ||= name;
      // A word containing the pattern's own syntax would change its meaning: keep it out.
      return `{${(list ?? []).filter((w) => !/[{}[\]|]/.test(w)).join('|')}}`;
    });
    if (missing) {
      errors.add(rule.file, spec.line, `no rule defines the word class "${missing}" (params: words: in a rule)`);
      return;
    }
    try {
      spec.phrasings = expandPattern(written);
    } catch (e) {
      errors.add(rule.file, spec.line, e instanceof PatternError ? e.message : String(e));
    }
  };
  for (const rule of rules) {
    for (const list of [rule.phrases, rule.exceptions, rule.unlessLetterHas, rule.onlyIfLetterHas, ...Object.values(rule.signals)]) for (const spec of list) expand(rule, spec);
  }
}
