/**
 * Reads the managed policy (storage.managed) for the store, without making every page wait for
 * Chromium's first read after the browser starts, which took 1.9 to 6.6 s here (later reads take
 * a few milliseconds). Every answer the background gives depends on the policy, so until that
 * first read finished no field was checked: open the popup and type soon after starting the
 * browser, and nothing was underlined for seconds.
 *
 * So: the policy is read once and kept (until storage.onChanged says it changed), and the raw
 * policy last read is remembered (storage.local: it is the IT department's settings, not the
 * clinician's). While a read is slower than `waitMs`, callers get the remembered one, and when the
 * read arrives and differs, `onLateChange` lets the background send every tab its new settings.
 * With nothing remembered (a new profile) callers wait for the read: answering "no policy" for
 * those seconds could check sites the IT department excluded.
 */
export interface Remembered {
  load(): Promise<unknown>;
  save(raw: unknown): Promise<void>;
}

export interface PolicyCacheOptions {
  read(): Promise<unknown>;
  remembered?: Remembered;
  /** How long to wait for a read before answering with the remembered policy. */
  waitMs?: number;
  /** The read arrived after callers were given the remembered policy, and it differs. */
  onLateChange?(): void;
}

const SLOW = Symbol('slow');

/**
 * Firefox rejects storage.managed.get() with "Managed storage manifest not found" when no policy
 * is installed for the add-on (the usual case): that is "no policy", not a fault. Other errors
 * still reject, so a broken store is not mistaken for an empty policy.
 */
function noManifestMeansNoPolicy(e: unknown): undefined {
  const message = e instanceof Error ? e.message : String(e);
  if (/managed storage manifest not found/i.test(message)) return undefined;
  throw e;
}
/** What storage.local holds: { raw } (raw may be undefined: no policy). */
type Kept = { raw: unknown };

export function policyCache({ read, remembered, waitMs = 300, onLateChange }: PolicyCacheOptions) {
  let current: Promise<unknown> | null = null;
  let known: Kept | null = null;
  let gaveRemembered: Kept | null = null;

  function start(): Promise<unknown> {
    const reading = read().catch(noManifestMeansNoPolicy).then(
      async (raw) => {
        if (current !== reading) return raw; // invalidated meanwhile: a newer read is under way
        known = { raw };
        await remembered?.save(raw).catch(() => {});
        if (gaveRemembered && JSON.stringify(gaveRemembered.raw) !== JSON.stringify(raw)) onLateChange?.();
        gaveRemembered = null;
        return raw;
      },
      (e) => {
        if (current === reading) current = null; // try again next time
        throw e;
      },
    );
    current = reading;
    return reading;
  }

  async function rememberedPolicy(): Promise<Kept | null> {
    try {
      const v = (await remembered?.load()) as Kept | undefined;
      return v && typeof v === 'object' && 'raw' in v ? v : null;
    } catch {
      return null;
    }
  }

  return {
    /** The policy (raw, as storage.managed gives it): the one read, or the remembered one while a read is slow. */
    async get(): Promise<unknown> {
      if (known) return known.raw;
      const reading = current ?? start();
      if (gaveRemembered) {
        // Already found slow: do not wait again. Nobody awaits this read, so a failure is only
        // retried next time, not reported as an uncaught rejection.
        reading.catch(() => {});
        return gaveRemembered.raw;
      }
      const kept = await rememberedPolicy();
      if (!kept) return reading;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const slow = new Promise<typeof SLOW>((ok) => (timer = setTimeout(() => ok(SLOW), waitMs)));
      const first = await Promise.race([reading.catch(() => SLOW), slow]);
      clearTimeout(timer);
      if (first !== SLOW) return first;
      gaveRemembered = kept;
      return kept.raw;
    },
    /** The policy changed (storage.onChanged, area "managed"): read it again next time. */
    invalidate(): void {
      known = null;
      current = null;
    },
  };
}
