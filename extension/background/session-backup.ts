/**
 * The backup UnsavedChanges keeps during a storage fault: browser.storage.session, which lives in
 * memory until the browser closes (so it outlives a stopped service worker), is not written to
 * disk, and is not readable by web pages. It holds no letter text (see UnsavedChanges).
 */
import type { Backup } from './unsaved-changes.js';

/** The parts of storage.session this needs (also what a test's fake provides). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const KEY = 'values-lens-unsaved-changes';

/** undefined where the browser has no storage.session: changes then last as long as the background. */
export function sessionBackup(area: SessionArea | undefined): Backup | undefined {
  if (!area) return undefined;
  return {
    load: async () => (await area.get(KEY))[KEY],
    save: (value) => (value === null ? area.remove(KEY) : area.set({ [KEY]: value })),
  };
}
