/**
 * Whether the extension's database can be used right now, and if not, why, in words the options
 * page can show. The store asks `ready()` before touching Dexie; when the answer is no it carries
 * on with defaults in memory (see settings-service.ts) instead of failing, so pages keep being checked.
 *
 * The three faults a clinician can actually meet:
 *   unavailable: the browser refuses IndexedDB (a damaged profile, Firefox private windows in some
 *     versions, a database left at a newer version by a downgrade, any other open or read error);
 *   quota: the disk or the browser's storage quota is full, so writes fail while reads still work;
 *   blocked: an upgrade of the schema waits for an older connection that will not close, and
 *     Dexie's open() neither resolves nor rejects until it does.
 */
import type Dexie from 'dexie';

import type { StorageProblem } from '../protocol/messages.js';

export type { StorageProblem, StorageProblemKind } from '../protocol/messages.js';

export type Readiness = { ok: true } | { ok: false; problem: StorageProblem };

/** The error names in an error, its causes (Dexie wraps them in `inner`) and a bulk write's failures. */
function errorChain(e: unknown, depth = 0): Array<{ name?: string; message?: string }> {
  if (!e || typeof e !== 'object' || depth > 4) return [];
  const x = e as { name?: string; message?: string; inner?: unknown; failures?: unknown[] };
  return [x, ...errorChain(x.inner, depth + 1), ...(Array.isArray(x.failures) ? x.failures.flatMap((f) => errorChain(f, depth + 1)) : [])];
}

/** Turns whatever Dexie or IndexedDB threw into a problem the options page can name. */
export function problemFrom(e: unknown): StorageProblem {
  const chain = errorChain(e);
  const quota = chain.find((x) => x.name === 'QuotaExceededError');
  // Otherwise the innermost error: Dexie's DatabaseClosedError only repeats its cause's message.
  const cause = quota ?? chain[chain.length - 1] ?? { message: String(e) };
  const detail = [cause.name, cause.message].filter(Boolean).join(': ') || String(e);
  return { kind: quota ? 'quota' : 'unavailable', detail: detail.slice(0, 200) };
}

export interface ConnectionOptions {
  /** How long a caller waits for an open that neither succeeds nor fails (a blocked upgrade). */
  timeoutMs: number;
  /** A failed open is retried by ordinary calls only this long after the failure (forced calls retry at once). */
  retryMs: number;
  now: () => number;
  /** Called when an open that callers stopped waiting for finally succeeds. */
  onLateOpen?: () => void;
}

/** Opens the database on demand, never makes a caller wait longer than timeoutMs, and retries after failures. */
export class DbConnection {
  private opening: Promise<void> | null = null;
  private blocked = false;
  private failure: { problem: StorageProblem; at: number } | null = null;
  private wakeOnBlocked: Array<() => void> = [];
  private waitedOut = false;

  constructor(
    private readonly db: Dexie,
    private readonly opts: ConnectionOptions,
  ) {
    db.on('blocked', () => {
      this.blocked = true;
      for (const wake of this.wakeOnBlocked.splice(0)) wake();
    });
  }

  /** Resolves within timeoutMs: open, or the reason it is not. `force` retries a failed open now. */
  async ready(force = false): Promise<Readiness> {
    if (this.db.isOpen()) return { ok: true };
    if (!this.opening) {
      const f = this.failure;
      if (f && !force && this.opts.now() - f.at < this.opts.retryMs) return { ok: false, problem: f.problem };
      await this.bounded(this.start());
    }
    // An open already under way (blocked, or slow) is not waited for again: the first caller did.
    if (this.db.isOpen()) return { ok: true };
    if (this.failure && !this.opening) return { ok: false, problem: this.failure.problem };
    return { ok: false, problem: this.pendingProblem() };
  }

  private start(): Promise<void> {
    this.blocked = false;
    this.waitedOut = false;
    const attempt = this.db.open().then(
      () => {
        this.failure = null;
        this.opening = null;
        if (this.waitedOut) this.opts.onLateOpen?.();
      },
      (e) => {
        this.failure = { problem: problemFrom(e), at: this.opts.now() };
        this.opening = null;
      },
    );
    this.opening = attempt;
    return attempt;
  }

  /** Waits for the open, the `blocked` event or the timeout, whichever comes first. */
  private async bounded(attempt: Promise<void>): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let wake: () => void = () => {};
    const gaveUp = new Promise<void>((resolve) => {
      wake = resolve;
      timer = setTimeout(resolve, this.opts.timeoutMs);
      this.wakeOnBlocked.push(resolve);
    });
    await Promise.race([attempt, gaveUp]);
    clearTimeout(timer);
    this.wakeOnBlocked = this.wakeOnBlocked.filter((w) => w !== wake);
    if (this.opening) this.waitedOut = true;
  }

  private pendingProblem(): StorageProblem {
    return this.blocked
      ? { kind: 'blocked', detail: 'an older copy of the Values Lens database is still open elsewhere, so it cannot be upgraded' }
      : { kind: 'unavailable', detail: `the browser did not open the database within ${Math.round(this.opts.timeoutMs / 1000)} seconds` };
  }
}
