/** One field being checked: its text, findings and which finding is active. Debounces checks. */
import type { Audience, Finding, Lens } from '../../engine/index.js';
import { LENSES } from '../../engine/index.js';
import type { Field } from './field.js';
import type { Lifetime } from './lifetime.js';

/**
 * How long to wait after an edit before checking. Long enough to fold the events one keystroke
 * fires (input, mutations, selection) into one check; short enough that the underline follows the
 * keystroke (the target is 50 ms at p95 for a 5,000-word letter; 250 ms made that impossible).
 */
export const CHECK_DELAY_MS = 20;

/**
 * The longest a pending check waits while edits keep coming. A busy editor (one that changes its
 * DOM hundreds of times a second) never leaves a 20 ms gap, and without a cap each change would
 * push the check back again, so nothing would be checked until it calmed down.
 */
export const MAX_CHECK_WAIT_MS = 500;

/**
 * How long a finding must stand, with no check after it, before the insights page counts it as seen.
 * Typing "You" passes through "Yo", which the informal-greeting rule flags for a moment; counting
 * every check would fill the clinician's charts with findings that were never in the letter.
 */
export const COUNT_SETTLE_MS = 1500;

export class FieldSession {
  text = '';
  findings: Finding[] = [];
  active = -1;
  audience: Audience | null = null;
  /** When the clinician last typed or deleted in the field (Date.now()); 0 before they have. */
  lastEditAt = 0;
  private timer: number | undefined;
  /** The count waiting for the findings to settle, and its timer (settleCount). */
  private pendingCount: (() => void) | null = null;
  private countTimer: number | undefined;
  /** When the pending check was first asked for (Date.now()); it runs no later than MAX_CHECK_WAIT_MS after. */
  private waitingSince = 0;
  /** When the pending check's timer is due (Date.now() terms). */
  private dueAt = 0;
  /**
   * How many findings of each rule were already counted, so a letter's finding is counted once
   * however often it is re-checked (the n-th finding of a rule is new when n is above this).
   */
  readonly counted = new Map<string, number>();

  constructor(
    readonly field: Field,
    private readonly run: (s: FieldSession) => void,
    /** Where timers come from: the content script's lifetime (lifetime.ts), so none outlives it. */
    private readonly timers: Pick<Lifetime, 'setTimeout'> = { setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number },
  ) {}

  /**
   * The clinician is typing or deleting here (a trusted beforeinput: typing-hold.ts). Not an undo,
   * a paste or an editor changing its own DOM: what those bring is shown at once.
   */
  typed(): void {
    this.lastEditAt = Date.now();
  }

  schedule(delay = CHECK_DELAY_MS): void {
    const now = Date.now();
    if (this.timer === undefined) this.waitingSince = now;
    const deadline = this.waitingSince + MAX_CHECK_WAIT_MS;
    const wait = Math.max(0, Math.min(delay, deadline - now));
    // A pending check due no later than this one would be (at the deadline, once changes keep
    // coming; or already overdue, when a loaded browser runs the page's tick before ours) is left
    // alone. Setting it again on every change never let it run: a busy page's changes come from its
    // own timer, ours (set inside that timer's task) is clamped to 4 ms like any nested timer, so it
    // fell due with the page's next tick, which was set first, ran first, and moved ours on again.
    if (this.timer !== undefined && this.dueAt <= now + wait && now + wait >= deadline) return;
    clearTimeout(this.timer);
    this.dueAt = now + wait;
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      this.run(this);
    }, wait);
  }

  /** A microtask is already on its way to check (checkSoon). */
  private soon = false;
  private disposed = false;

  /**
   * A keystroke the clinician typed (a trusted input event): check as soon as that keystroke's own
   * DOM changes are in, in a microtask, which runs after the mutation observers' callbacks for
   * them, and before the browser paints. The debounce (CHECK_DELAY_MS) cost every keystroke 20 ms
   * of waiting, which was 40 to 50% of keystroke-to-underline; it stays for what editors change
   * on their own and for events a page's script sends.
   */
  checkSoon(): void {
    if (this.soon) return;
    this.soon = true;
    queueMicrotask(() => {
      this.soon = false;
      if (!this.disposed) this.checkNow();
    });
  }

  checkNow(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.run(this);
  }

  /** Counts the findings COUNT_SETTLE_MS after the last check (each check moves it on). */
  settleCount(count: () => void): void {
    this.pendingCount = count;
    clearTimeout(this.countTimer);
    this.countTimer = this.timers.setTimeout(() => this.flushCount(), COUNT_SETTLE_MS);
  }

  /** Counts now what the last check found: the clinician is acting on a finding, so they saw it. */
  flushCount(): void {
    clearTimeout(this.countTimer);
    this.countTimer = undefined;
    const count = this.pendingCount;
    this.pendingCount = null;
    count?.();
  }

  counts(): Record<Lens, number> {
    const c = Object.fromEntries(LENSES.map((l) => [l, 0])) as Record<Lens, number>;
    for (const f of this.findings) c[f.lens]++;
    return c;
  }

  /** The finding under the caret, or -1. */
  findingAt(offset: number): number {
    return this.findings.findIndex((f) => f.start <= offset && offset <= f.end);
  }

  /** The next (or previous) finding after the caret, wrapping round. */
  step(from: number, dir: 1 | -1): number {
    const n = this.findings.length;
    if (n === 0) return -1;
    if (dir === 1) {
      const i = this.findings.findIndex((f) => f.start > from);
      return i < 0 ? 0 : i;
    }
    for (let i = n - 1; i >= 0; i--) if (this.findings[i].end < from) return i;
    return n - 1;
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    clearTimeout(this.countTimer);
    this.pendingCount = null;
    this.field.dispose();
  }
}
