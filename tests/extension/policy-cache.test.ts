/**
 * The managed policy is read once and, while Chromium's first read after a browser start is slow
 * (1.9 to 6.6 s measured), the policy read last time is used, so pages are checked at once
 * (tests/e2e/extension/panel-first.spec.ts has the story).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { policyCache, type Remembered } from '../../extension/background/policy-cache.js';

function slowRead(value: unknown, ms: number) {
  const calls: number[] = [];
  return {
    calls,
    read: () => {
      calls.push(Date.now());
      return new Promise<unknown>((ok) => setTimeout(() => ok(value), ms));
    },
  };
}

function memory(initial?: unknown): Remembered & { saved: unknown[] } {
  const saved: unknown[] = [];
  let kept: { raw: unknown } | undefined = initial === undefined ? undefined : { raw: initial };
  return {
    saved,
    load: async () => kept,
    save: async (raw) => {
      saved.push(raw);
      kept = { raw };
    },
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('policyCache', () => {
  it('with a policy remembered from last time, answers at once while the first read is slow, then tells when it changed', async () => {
    const source = slowRead({ allowedSites: ['nhs.net'] }, 5000);
    const remembered = memory({ allowedSites: ['old.nhs.net'] });
    const onLateChange = vi.fn();
    const cache = policyCache({ read: source.read, remembered, waitMs: 300, onLateChange });
    const answer = cache.get();
    await vi.advanceTimersByTimeAsync(300);
    expect(await answer).toEqual({ allowedSites: ['old.nhs.net'] });
    expect(onLateChange).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(5000);
    expect(onLateChange).toHaveBeenCalledOnce();
    expect(await cache.get()).toEqual({ allowedSites: ['nhs.net'] });
    expect(remembered.saved).toEqual([{ allowedSites: ['nhs.net'] }]);
    expect(source.calls).toHaveLength(1);
  });

  it('with nothing remembered (a new profile), waits for the read: "no policy" for those seconds could break the site list', async () => {
    const cache = policyCache({ read: slowRead({ allowedSites: ['nhs.net'] }, 5000).read, remembered: memory(), waitMs: 300 });
    let answer: unknown = 'pending';
    void cache.get().then((a) => (answer = a));
    await vi.advanceTimersByTimeAsync(4999);
    expect(answer).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(answer).toEqual({ allowedSites: ['nhs.net'] });
  });

  it('a fast read is used as it is, and no change is reported when the remembered one was not used', async () => {
    const onLateChange = vi.fn();
    const cache = policyCache({ read: slowRead(undefined, 10).read, remembered: memory({ lockedRules: ['denies'] }), onLateChange });
    const answer = cache.get();
    await vi.advanceTimersByTimeAsync(10);
    expect(await answer).toBeUndefined();
    expect(onLateChange).not.toHaveBeenCalled();
  });

  it('reads once, and again after the policy changed', async () => {
    const source = slowRead({ defaultAudience: 'carer' }, 1);
    const cache = policyCache({ read: source.read });
    for (let i = 0; i < 3; i++) {
      const a = cache.get();
      await vi.advanceTimersByTimeAsync(1);
      await a;
    }
    expect(source.calls).toHaveLength(1);
    cache.invalidate();
    const a = cache.get();
    await vi.advanceTimersByTimeAsync(1);
    await a;
    expect(source.calls).toHaveLength(2);
  });

  it('a failed read is tried again next time', async () => {
    let n = 0;
    const cache = policyCache({ read: async () => (n++ === 0 ? Promise.reject(new Error('no managed storage')) : { lockedRules: ['x'] }) });
    await expect(cache.get()).rejects.toThrow('no managed storage');
    expect(await cache.get()).toEqual({ lockedRules: ['x'] });
  });

  // Firefox rejects storage.managed.get() with this when no policy is installed for the add-on:
  // that is "no policy", not a fault, and the background page logged it as uncaught on every start.
  it('Firefox\'s "Managed storage manifest not found" is no policy, read once', async () => {
    let calls = 0;
    const cache = policyCache({
      read: async () => {
        calls++;
        throw new Error('Managed storage manifest not found');
      },
    });
    expect(await cache.get()).toBeUndefined();
    expect(await cache.get()).toBeUndefined();
    expect(calls).toBe(1);
  });

  it('other failures still reject, and leave no unhandled rejection once the remembered policy is in use', async () => {
    vi.useRealTimers(); // Node reports unhandled rejections after real macrotasks
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      const cache = policyCache({
        read: () => Promise.reject(new Error('storage is broken')),
        remembered: memory({ lockedRules: ['denies'] }),
      });
      expect(await cache.get()).toEqual({ lockedRules: ['denies'] });
      expect(await cache.get()).toEqual({ lockedRules: ['denies'] });
      await new Promise((ok) => setTimeout(ok, 20));
      expect(unhandled).toEqual([]);
      const bare = policyCache({ read: () => Promise.reject(new Error('storage is broken')) });
      await expect(bare.get()).rejects.toThrow('storage is broken');
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
