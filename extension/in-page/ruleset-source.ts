/**
 * The checker for this page, built from the ruleset, the rule packs (the engine's withPacks, as
 * the CLI uses) and the organisation's phrases. The ruleset
 * (about 0.9 MB of JSON) is not bundled into the content script, which every page loads: it is asked
 * of the background the first time a field is checked (`request`), and every field is checked again
 * when it arrives (`onArrive`). A failed request (the background restarting, an error sent back) is
 * made again after a pause, not only on the next edit: a clinician who typed a letter and stopped
 * before the ruleset came must still see it checked.
 */
import { createChecker, withPacks, type Checker, type CompiledRuleset, type PackedRule, type PackFile } from '../../engine/index.js';
import type { CustomPhrase } from '../protocol/settings-shapes.js';
import { withCustomPhrases } from './custom-rules.js';

/** Pauses before asking again after a failure: 0.5 s, 1 s, 2 s, 4 s, 8 s, then only on the next check. */
const RETRY_PAUSES_MS = [500, 1000, 2000, 4000, 8000];

/** What the background sends is checked for the ruleset's shape: an error reply must not be taken as the rules. */
function isRuleset(x: unknown): x is CompiledRuleset {
  const r = x as Partial<CompiledRuleset> | null;
  return !!r && typeof r === 'object' && Array.isArray(r.rules) && Array.isArray(r.groups) && !!r.local && !!r.global;
}

export class RulesetSource {
  private ruleset: CompiledRuleset | null = null;
  private built: Checker | null = null;
  private phrases: CustomPhrase[] = [];
  private packs: PackFile[] = [];
  private packed: ((ruleId: string) => PackedRule | undefined) | null = null;
  private pending: Promise<void> | null = null;
  private failures = 0;

  constructor(
    private readonly load: () => CompiledRuleset | Promise<CompiledRuleset>,
    private readonly onArrive: () => void,
    /** Where the pause before a retry comes from (the content script's lifetime, so none outlives it). */
    private readonly later: (fn: () => void, ms: number) => void = (fn, ms) => void setTimeout(fn, ms),
  ) {}

  /** The checker, or null while the ruleset has not arrived (no request is made: see `request`). */
  checker(): Checker | null {
    if (!this.built && this.ruleset) this.built = createChecker(withCustomPhrases(this.withPacks(this.ruleset), this.phrases), { cacheParagraphs: true });
    return this.built;
  }

  /** The pack and pack rule behind a finding's rule id (undefined for a built-in rule or a phrase). */
  packRule(ruleId: string): PackedRule | undefined {
    return this.packed?.(ruleId);
  }

  private withPacks(base: CompiledRuleset): CompiledRuleset {
    try {
      const merged = withPacks(base, this.packs);
      this.packed = merged.packRule;
      return merged.ruleset;
    } catch (e) {
      // The background sends packs it has read with readPack, at most MAX_PACKS, with distinct
      // names; should that ever fail, the built-in rules must still run.
      console.warn('Values Lens could not load its rule packs:', e);
      this.packed = null;
      return base;
    }
  }

  /** Asks the background for the ruleset, once; after a failure, again after a pause (and on the next call). */
  request(): void {
    this.pending ??= Promise.resolve()
      .then(() => this.load())
      .then((ruleset) => {
        if (!isRuleset(ruleset)) throw new Error(`not a ruleset: ${JSON.stringify(ruleset)?.slice(0, 200)}`);
        this.ruleset = ruleset;
        // Built now, not at the first check: it takes a while (a second on a busy machine), and the
        // settings a first check also waits for may still be on their way.
        this.checker();
        this.onArrive();
      })
      .catch((e) => {
        this.pending = null; // the next check asks again, and so does the timer below
        console.warn('Values Lens could not load its rules:', e);
        const pause = RETRY_PAUSES_MS[this.failures++];
        if (pause !== undefined) this.later(() => this.ruleset || this.request(), pause);
      });
  }

  /** The packs changed (an import, a removal, a new policy): the checker is built again with them when next needed. */
  setPacks(packs: PackFile[]): void {
    if (JSON.stringify(packs) === JSON.stringify(this.packs)) return;
    this.packs = packs;
    this.built = null;
  }

  /** The organisation's phrases changed: the checker is built again with them when next needed. */
  setPhrases(phrases: CustomPhrase[]): void {
    if (JSON.stringify(phrases) === JSON.stringify(this.phrases)) return;
    this.phrases = phrases;
    this.built = null;
  }
}
