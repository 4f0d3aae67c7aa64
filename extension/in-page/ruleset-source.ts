/**
 * The checker for this page, built from the ruleset, the rule packs (the engine's withPacks, as
 * the CLI uses) and the organisation's phrases. The ruleset
 * (about 0.9 MB of JSON) is not bundled into the content script, which every page loads: it is asked
 * of the background the first time a field is checked (`request`), and every field is checked again
 * when it arrives (`onArrive`).
 */
import { createChecker, withPacks, type Checker, type CompiledRuleset, type PackedRule, type PackFile } from '../../engine/index.js';
import type { CustomPhrase } from '../protocol/settings-shapes.js';
import { withCustomPhrases } from './custom-rules.js';

export class RulesetSource {
  private ruleset: CompiledRuleset | null = null;
  private built: Checker | null = null;
  private phrases: CustomPhrase[] = [];
  private packs: PackFile[] = [];
  private packed: ((ruleId: string) => PackedRule | undefined) | null = null;
  private pending: Promise<void> | null = null;

  constructor(
    private readonly load: () => CompiledRuleset | Promise<CompiledRuleset>,
    private readonly onArrive: () => void,
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

  /** Asks the background for the ruleset, once; after a failure, again on the next call. */
  request(): void {
    this.pending ??= Promise.resolve()
      .then(() => this.load())
      .then((ruleset) => {
        this.ruleset = ruleset;
        this.onArrive();
      })
      .catch((e) => {
        this.pending = null; // try again on the next check
        console.warn('Values Lens could not load its rules:', e);
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
