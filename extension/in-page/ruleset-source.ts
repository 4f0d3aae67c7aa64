/**
 * The checker for this page. The ruleset (about 0.9 MB of JSON) is not bundled into the content
 * script, which every page loads: it is asked of the background the first time a field is checked
 * (`request`), already merged with the rule packs and the organisation's phrases in force
 * (background/page-ruleset.ts), and every field is checked again when it arrives (`onArrive`).
 * When the config brings other packs or phrases, it is asked for again; the checker in hand keeps
 * checking until the new one comes. A failed request (the background restarting, an error sent
 * back) is made again after a pause, not only on the next edit: a clinician who typed a letter and
 * stopped before the ruleset came must still see it checked. After the last retry, the next check
 * asks again (check-loop.ts asks on every check; a no-op while the ruleset is up to date).
 */
import { createChecker, type Checker, type PackedRule } from '../../engine/index.js';
import { isPageRuleset, type PageRuleset } from '../protocol/page-ruleset.js';
import type { ContentConfig } from '../protocol/settings-shapes.js';

/** Pauses before asking again after a failure: 0.5 s, 1 s, 2 s, 4 s, 8 s, then only on the next check. */
const RETRY_PAUSES_MS = [500, 1000, 2000, 4000, 8000];

export class RulesetSource {
  private page: PageRuleset | null = null;
  private built: Checker | null = null;
  /** The packs and phrases of the last config (JSON), and how many times they changed. */
  private inputs = '[[],[]]';
  private wanted = 0;
  /** Which of those the ruleset in hand, and the one on its way, were asked for under (-1: none). */
  private have = -1;
  private asking = -1;
  /** Whether a check has asked for the ruleset yet: no page asks for it before it has a field. */
  private asked = false;
  private failures = 0;

  constructor(
    private readonly load: () => unknown,
    private readonly onArrive: () => void,
    /** Where the pause before a retry comes from (the content script's lifetime, so none outlives it). */
    private readonly later: (fn: () => void, ms: number) => void = (fn, ms) => void setTimeout(fn, ms),
  ) {}

  /** The checker, or null while the ruleset has not arrived (no request is made: see `request`). */
  checker(): Checker | null {
    if (!this.built && this.page) this.built = createChecker(this.page.ruleset, { cacheParagraphs: true });
    return this.built;
  }

  /** The styles of the badge, the underlines and the card, which come with the ruleset ('' until it has: none is drawn before). */
  cardCss(): string {
    return this.page?.css ?? '';
  }

  /** The pack and pack rule behind a finding's rule id (undefined for a built-in rule or a phrase). */
  packRule(ruleId: string): PackedRule | undefined {
    const rules = this.page?.packRules;
    return rules && Object.hasOwn(rules, ruleId) ? rules[ruleId] : undefined;
  }

  /** Asks the background for the ruleset, unless the one in hand or on its way is up to date; after a failure, again after a pause. */
  request(): void {
    this.asked = true;
    if (this.asking >= 0 || this.have === this.wanted) return;
    const asking = (this.asking = this.wanted);
    Promise.resolve()
      .then(() => this.load())
      .then((page) => {
        if (!isPageRuleset(page)) throw new Error(`not a ruleset: ${JSON.stringify(page)?.slice(0, 200)}`);
        this.page = page;
        this.have = asking;
        this.failures = 0;
        this.asking = -1;
        // Built now, not at the first check: it takes a while (a second on a busy machine), and the
        // settings a first check also waits for may still be on their way.
        this.built = null;
        this.checker();
        this.onArrive();
        // The packs or phrases changed while it was on its way.
        if (this.have !== this.wanted) this.request();
      })
      .catch((e) => {
        this.asking = -1; // the next check asks again, and so does the timer below
        console.warn('Values Lens could not load its rules:', e);
        const pause = RETRY_PAUSES_MS[this.failures++];
        if (pause !== undefined) this.later(() => this.request(), pause);
      });
  }

  /**
   * A config arrived: if its packs or phrases differ from the last, the ruleset is asked for again
   * (at once if a field has asked for it already, else at the first check).
   */
  setConfig(config: Pick<ContentConfig, 'customPhrases' | 'packs'>): void {
    const inputs = JSON.stringify([config.packs ?? [], config.customPhrases]);
    if (inputs === this.inputs) return;
    this.inputs = inputs;
    this.wanted++;
    if (this.asked) this.request();
  }
}
