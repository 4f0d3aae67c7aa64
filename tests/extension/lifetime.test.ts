/**
 * When the extension is reloaded or updated, the old content script's context ends (WXT's ctx)
 * and a new copy starts. The old copy's listeners used to stay, so both copies checked, drew and
 * answered on the same page. Every listener the field tracker adds must end with the context.
 */
import { describe, expect, it, vi } from 'vitest';
import { FieldTracker, type FieldEvents } from '../../extension/in-page/field-tracker.js';
import { FieldSession } from '../../extension/in-page/field-session.js';
import { PageState } from '../../extension/in-page/page-state.js';
import { manualLifetime } from './manual-lifetime.js';
import type { Field } from '../../extension/in-page/field.js';

/** A document and window with real listener handling (Node's EventTarget honours `signal`). */
function fakePage() {
  const win = Object.assign(new EventTarget(), { document: null as unknown });
  const doc = Object.assign(new EventTarget(), { defaultView: win, designMode: 'off', querySelectorAll: () => [] });
  const textarea = { nodeType: 1, tagName: 'TEXTAREA', readOnly: false, disabled: false, ownerDocument: doc } as unknown as HTMLTextAreaElement;
  return { doc: doc as unknown as Document, win, textarea };
}

/** An event that seems to come from the textarea (composedPath is all the tracker reads). */
function eventFrom(type: string, target: unknown): Event {
  const e = new Event(type);
  Object.defineProperty(e, 'composedPath', { value: () => [target] });
  return e;
}

describe('the content script after its context ends', () => {
  it('no longer checks on input, nor follows scrolling', () => {
    vi.stubGlobal('MutationObserver', class { observe() {} disconnect() {} });
    const { doc, win, textarea } = fakePage();
    const state = new PageState();
    const life = manualLifetime();
    const moved = vi.fn();
    const events = { check() {}, entered() {}, click() {}, key() {}, removed() {}, moved, uiRoot: () => ({}) as ShadowRoot } as FieldEvents;
    const tracker = new FieldTracker(state, life, events);
    tracker.attach(doc);
    const session = new FieldSession({ element: textarea, dispose() {} } as unknown as Field, () => {}, life);
    const schedule = vi.spyOn(session, 'schedule').mockImplementation(() => {});
    state.sessions.set(textarea, session);

    doc.dispatchEvent(eventFrom('input', textarea));
    win.dispatchEvent(new Event('resize'));
    expect(schedule).toHaveBeenCalledTimes(1);
    expect(moved).toHaveBeenCalledTimes(1);

    life.end();
    doc.dispatchEvent(eventFrom('input', textarea));
    win.dispatchEvent(new Event('resize'));
    expect(schedule).toHaveBeenCalledTimes(1);
    expect(moved).toHaveBeenCalledTimes(1);
    expect(state.sessions.size).toBe(0); // and it stopped checking every field
    vi.unstubAllGlobals();
  });

  it('runs no check that was waiting when it ended', () => {
    vi.useFakeTimers();
    const life = manualLifetime();
    const run = vi.fn();
    const session = new FieldSession({ dispose() {} } as unknown as Field, run, life);
    session.schedule();
    life.end();
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
    vi.useRealTimers();
  });
});
