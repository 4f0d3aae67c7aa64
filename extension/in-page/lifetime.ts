/**
 * How long what the content script sets up may live: until the extension is reloaded, updated or
 * removed. WXT's `ctx` says when that happens; every listener, observer and timer in the page goes
 * through this, so an old copy of the script stops listening instead of running beside the new one.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface Lifetime {
  listen(target: EventTarget, type: string, handler: (e: Event) => void, options?: AddEventListenerOptions): void;
  setTimeout(handler: () => void, ms: number): number;
  /** Runs `fn` when the script's context ends (for what has no AbortSignal: observers). */
  onEnd(fn: () => void): void;
  readonly ended: boolean;
}

export function lifetimeOf(ctx: ContentScriptContext): Lifetime {
  return {
    // The context's AbortSignal removes the listener when the context ends (WXT's own ctx.addEventListener
    // does the same, but is typed for windows and documents, not shadow roots).
    listen: (target, type, handler, options) => target.addEventListener(type, handler, { ...options, signal: ctx.signal }),
    // Not ctx.setTimeout: it adds a listener to the context for every timer and never removes it,
    // and a check is scheduled on every keystroke. A timer that fires after the end does nothing.
    setTimeout: (handler, ms) => setTimeout(() => ctx.isValid && handler(), ms) as unknown as number,
    onEnd: (fn) => void ctx.onInvalidated(fn),
    get ended() {
      return ctx.isInvalid;
    },
  };
}
