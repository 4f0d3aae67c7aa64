import { describe, expect, it } from 'vitest';
import { PAGE_ACTION_LIMITS, RateLimiter } from '../../extension/background/rate-limit.js';

describe('RateLimiter', () => {
  it('allows max in a window, per kind and per tab, and again once the window has passed', () => {
    let t = 0;
    const limiter = new RateLimiter({ a: { max: 3, perMs: 1000 } }, () => t);
    expect([1, 2, 3, 4].map(() => limiter.allow('a', 1))).toEqual([true, true, true, false]);
    expect(limiter.allow('a', 2)).toBe(true);
    expect(limiter.allow('b', 1)).toBe(true); // no limit for b
    t = 999;
    expect(limiter.allow('a', 1)).toBe(false);
    t = 1000;
    expect(limiter.allow('a', 1)).toBe(true);
  });

  it('a loop of refused attempts does not push the window back', () => {
    let t = 0;
    const limiter = new RateLimiter({ a: { max: 1, perMs: 1000 } }, () => t);
    expect(limiter.allow('a', 1)).toBe(true);
    for (t = 1; t < 1000; t += 10) expect(limiter.allow('a', 1)).toBe(false);
    t = 1000;
    expect(limiter.allow('a', 1)).toBe(true);
  });

  it('limits what a page could make its content script do to a few a minute', () => {
    for (const kind of ['content:disable-rule', 'content:ignore', 'content:open-guidance']) {
      expect(PAGE_ACTION_LIMITS[kind].perMs).toBe(60_000);
      expect(PAGE_ACTION_LIMITS[kind].max).toBeLessThanOrEqual(10);
    }
  });
});
