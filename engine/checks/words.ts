/**
 * Word classes a letter-level check reads ("verbs of failure", "pressure words"), from the rules'
 * `params.words` (content/rules/*.md). They live in the ruleset, which the extension's background
 * holds, so the content script every page loads carries the checks' logic and not their word
 * lists (issue 10). A class is named once in the whole ruleset (the compiler refuses a second),
 * so one check may read another's: shifted-blame reads agentless-passive's verbs.
 */
import type { CompiledRule } from '../types.js';

const NONE: ReadonlySet<string> = new Set();

export class WordClasses {
  private readonly lists = new Map<string, readonly string[]>();
  private readonly sets = new Map<string, ReadonlySet<string>>();
  private readonly forms = new Map<(w: WordClasses) => unknown, unknown>();

  constructor(rules: readonly CompiledRule[]) {
    for (const rule of rules) {
      const words = rule.params?.words;
      if (!words || typeof words !== 'object') continue;
      for (const [name, list] of Object.entries(words)) {
        if (Array.isArray(list)) this.lists.set(name, list.filter((w): w is string => typeof w === 'string'));
      }
    }
  }

  /** The class's words in the rule file's order; none when the ruleset lacks it. */
  list(name: string): readonly string[] {
    return this.lists.get(name) ?? [];
  }

  /** The class as a set, built once. */
  set(name: string): ReadonlySet<string> {
    let s = this.sets.get(name);
    if (!s) this.sets.set(name, (s = this.lists.has(name) ? new Set(this.lists.get(name)) : NONE));
    return s;
  }

  /**
   * What a check builds from its classes (sets, a joined set, a regex), built once per checker on
   * first use and then shared by every check() call: `build` is the key, so pass a module-level function.
   */
  compiled<T>(build: (w: WordClasses) => T): T {
    if (!this.forms.has(build)) this.forms.set(build, build(this));
    return this.forms.get(build) as T;
  }
}
