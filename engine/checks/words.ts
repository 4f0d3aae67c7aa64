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
  private readonly tables = new Map<string, unknown>();
  /** Each message split at its "{0}", "{1}" once: text, digit, text, ... (say() joins them for every finding). */
  private readonly messages = new Map<string, string[]>();

  constructor(rules: readonly CompiledRule[]) {
    for (const rule of rules) {
      // Other tables a check reads (medical-sense's "senses"), by their key in params; the first rule's wins.
      for (const [key, value] of Object.entries(rule.params ?? {})) if (key !== 'words' && !this.tables.has(key)) this.tables.set(key, value);
      for (const [name, text] of Object.entries(rule.params?.messages ?? {})) if (typeof text === 'string') this.messages.set(name, text.split(/\{(\d)\}/));
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

  /** A table a check reads from a rule's params by its key (not a word list); undefined when no rule has it. */
  table(key: string): unknown {
    return this.tables.get(key);
  }

  /**
   * A finding's message, worded in a rule file's `params.messages` (not carried by the content
   * script, like the word classes), with "{0}", "{1}" filled in; undefined, so the finding takes
   * its rule's own message, when the ruleset lacks it.
   */
  say(name: string, ...fill: string[]): string | undefined {
    const parts = this.messages.get(name);
    if (!parts) return undefined;
    let out = parts[0];
    for (let k = 1; k < parts.length; k += 2) out += fill[+parts[k]] + parts[k + 1];
    return out;
  }

  /** The class as a set, built once. */
  set(name: string): ReadonlySet<string> {
    let s = this.sets.get(name);
    if (!s) this.sets.set(name, (s = this.lists.has(name) ? new Set(this.lists.get(name)) : NONE));
    return s;
  }

  /**
   * The class as a regex alternative, "(?:a|b)", for a check that reads its words inside a longer
   * pattern (`new RegExp`): each word escaped, each space in a phrase read as `space` (a regex
   * source, " " by default, "\\s+" for "any spaces"). A class the ruleset lacks matches nothing.
   */
  alternation(name: string, space = ' '): string {
    const words = this.lists.get(name);
    if (!words?.length) return '(?!)';
    return `(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, space)).join('|')})`;
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
