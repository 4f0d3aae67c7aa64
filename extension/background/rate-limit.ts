/**
 * How often a tab may do the things a web page could try to make its content script do in a loop.
 * The in-page UI acts only on real input (trusted-events.ts) in a closed shadow root (ui-root.ts),
 * but a page whose renderer is compromised could still send the content script's messages itself.
 * So the background lets each tab turn off a few rules, ignore a few findings and open a few
 * guidance tabs a minute, more than a clinician clicking through a letter needs; the rest are
 * refused. The content script has already applied a refused ignore or switch-off to its own page,
 * so a clinician who goes past a limit loses only the saving of it.
 */
export interface Limit {
  max: number;
  perMs: number;
}

const MINUTE = 60_000;

export const PAGE_ACTION_LIMITS: Record<string, Limit> = {
  'content:disable-rule': { max: 5, perMs: MINUTE },
  'content:ignore': { max: 10, perMs: MINUTE },
  'content:open-guidance': { max: 5, perMs: MINUTE },
  // Counts are sent after checks that found something new: a few a second while typing.
  'content:seen': { max: 120, perMs: MINUTE },
  // One per click on a card's fix, ignore or report: more than a clinician working through a long letter.
  'content:counted': { max: 60, perMs: MINUTE },
  // One each time the clinician enters a field: tabbing through a long form is a few a second.
  'content:focused': { max: 300, perMs: MINUTE },
};

/** A sliding window per (kind, who): at most `max` in any `perMs`. Kinds without a limit always pass. */
export class RateLimiter {
  private readonly times = new Map<string, number[]>();

  constructor(
    private readonly limits: Record<string, Limit> = PAGE_ACTION_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  allow(kind: string, who: string | number): boolean {
    const limit = this.limits[kind];
    if (!limit) return true;
    const t = this.now();
    const key = `${kind} ${who}`;
    const recent = (this.times.get(key) ?? []).filter((x) => t - x < limit.perMs);
    const ok = recent.length < limit.max;
    if (ok) recent.push(t);
    this.times.set(key, recent);
    if (this.times.size > 1000) this.forgetIdle(t);
    return ok;
  }

  /** Drops tabs with nothing in their window (closed tabs would otherwise stay for ever). */
  private forgetIdle(t: number): void {
    const longest = Math.max(...Object.values(this.limits).map((l) => l.perMs));
    for (const [key, times] of this.times) if (times.every((x) => t - x >= longest)) this.times.delete(key);
  }
}
