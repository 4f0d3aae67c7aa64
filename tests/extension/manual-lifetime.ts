/** A content-script lifetime (extension/in-page/lifetime.ts) that ends only when a test says so. */
import type { Lifetime } from '../../extension/in-page/lifetime.js';

export function manualLifetime(): Lifetime & { end(): void } {
  const controller = new AbortController();
  const onEnd: Array<() => void> = [];
  return {
    listen: (target, type, handler, options) => target.addEventListener(type, handler, { ...options, signal: controller.signal }),
    setTimeout: (handler, ms) => setTimeout(() => controller.signal.aborted || handler(), ms) as unknown as number,
    onEnd: (fn) => void onEnd.push(fn),
    get ended() {
      return controller.signal.aborted;
    },
    end() {
      controller.abort();
      for (const fn of onEnd.splice(0)) fn();
    },
  };
}
