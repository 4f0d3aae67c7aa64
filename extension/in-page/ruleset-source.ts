/**
 * The checker for this page, built from the ruleset and the organisation's phrases. The ruleset
 * (about 0.9 MB of JSON) is not bundled into the content script, which every page loads: it is asked
 * of the background the first time a field is checked (`request`), and every field is checked again
 * when it arrives (`onArrive`).
 */
import { createChecker, type Checker, type CompiledRuleset } from '../../engine/index.js';
import type { CustomPhrase } from '../protocol/settings-shapes.js';
import { withCustomPhrases } from './custom-rules.js';

export class RulesetSource {
  private ruleset: CompiledRuleset | null = null;
  private built: Checker | null = null;
  private phrases: CustomPhrase[] = [];
  private pending: Promise<void> | null = null;

  constructor(
    private readonly load: () => CompiledRuleset | Promise<CompiledRuleset>,
    private readonly onArrive: () => void,
  ) {}

  /** The checker, or null while the ruleset has not arrived (no request is made: see `request`). */
  checker(): Checker | null {
    if (!this.built && this.ruleset) this.built = createChecker(withCustomPhrases(this.ruleset, this.phrases), { cacheParagraphs: true });
    return this.built;
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

  /** The organisation's phrases changed: the checker is built again with them when next needed. */
  setPhrases(phrases: CustomPhrase[]): void {
    if (JSON.stringify(phrases) === JSON.stringify(this.phrases)) return;
    this.phrases = phrases;
    this.built = null;
  }
}
