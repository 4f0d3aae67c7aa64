/**
 * Changes the store has made but not yet saved, and the counts not yet added. While storage works
 * this is empty again by the end of each message; during a fault it is what keeps the clinician's
 * changes in effect (folded over whatever could be read) and what is saved once storage works.
 *
 * A Chrome service worker is stopped after about 30 seconds without events, and memory with it, so
 * the list is also kept in a backup (storage.session in the background: memory the browser keeps
 * until it closes, never written to disk, not readable by web pages) and restored on the next start.
 */
import type { ValuesLensDb } from './db.js';
import type { ManagedPolicy } from './policy.js';
import { applyToDb, applyToSnapshot, type Change, type CountDelta, type Snapshot } from './changes.js';
import type { ActionKind, CountEntry } from '../protocol/messages.js';

export interface Backup {
  load(): Promise<unknown>;
  /** null: nothing left to keep. */
  save(value: BackupValue | null): Promise<void>;
}

export interface BackupValue {
  changes: Change[];
  counts: CountDelta[];
}

export class UnsavedChanges {
  private changes: Change[] = [];
  private counts = new Map<string, CountDelta>();
  private nextTempId = -1;
  /** Temporary phrase ids that have since been saved, and their stored ids. */
  private readonly savedIds = new Map<number, number>();
  private backedUp = false;
  /** Something was added since the backup was last written (so a fault does not rewrite it on every message). */
  private dirty = false;
  private lastFailure: number | null = null;

  constructor(private readonly backup?: Backup) {}

  get isEmpty(): boolean {
    return this.changes.length === 0 && this.counts.size === 0;
  }

  /** Changes the clinician made (counts and the ignore-key secret are not theirs to lose). */
  get hasChanges(): boolean {
    return this.changes.some((c) => c.type !== 'secret');
  }

  /** "Forget all counts" is not saved yet: the stored counts are as good as gone. */
  get forgetPending(): boolean {
    return this.changes.some((c) => c.type === 'forget-counts');
  }

  /** Saving a settings change needs the managed policy (its defaults fill a settings row not yet written). */
  get needsPolicy(): boolean {
    return this.changes.some((c) => c.type === 'settings');
  }

  /** An id for a phrase that has none yet: negative, so it can never be a stored one. */
  tempId(): number {
    return this.nextTempId--;
  }

  /** The stored id of a phrase, when the page still shows the temporary one it had before saving. */
  storedId(id: number): number {
    return this.savedIds.get(id) ?? id;
  }

  add(c: Change): void {
    this.changes.push(c);
    this.dirty = true;
  }

  count(day: string, ruleIds: string[]): void {
    for (const ruleId of ruleIds) this.addCount({ day, ruleId, n: 1 });
  }

  /** One action on a finding (fixed, ignored, reported as wrong). */
  countAction(day: string, ruleId: string, kind: ActionKind): void {
    this.addCount({ day, ruleId, n: 1, kind });
  }

  /** Counts not saved yet, as the insights page reads them. */
  pendingCounts(): CountEntry[] {
    return [...this.counts.values()].map(({ day, ruleId, n, kind }) => ({ day, ruleId, kind: kind ?? 'seen', count: n }));
  }

  /** "Forget all counts": those not saved yet go too (the stored ones by a forget-counts change). */
  dropCounts(): void {
    this.counts.clear();
    this.dirty = true;
  }

  private addCount({ day, ruleId, n, kind }: CountDelta): void {
    const k = `${day} ${ruleId} ${kind ?? 'seen'}`;
    this.counts.set(k, { day, ruleId, n: (this.counts.get(k)?.n ?? 0) + n, ...(kind ? { kind } : {}) });
    this.dirty = true;
  }

  /** What the store reads, with the unsaved changes in effect. */
  view(base: Snapshot, policy: ManagedPolicy | null): Snapshot {
    return this.changes.reduce((s, c) => applyToSnapshot(s, c, policy), base);
  }

  /** After a failed save, ordinary messages (not the clinician's own actions) wait this long to try again. */
  retryDue(now: number, retryMs: number): boolean {
    return this.lastFailure === null || now - this.lastFailure >= retryMs;
  }

  /** Saves everything in one transaction; throws (keeping everything) if the database refuses. */
  async saveTo(db: ValuesLensDb, policy: ManagedPolicy | null, now: number): Promise<void> {
    const changes = [...this.changes];
    const counts = [...this.counts.values()].map((c) => ({ ...c }));
    try {
      await applyToDb(db, changes, counts, policy, this.savedIds);
    } catch (e) {
      this.lastFailure = now;
      await this.keep();
      throw e;
    }
    this.lastFailure = null;
    // Only what was saved is removed (nothing else runs meanwhile: the store handles one message at a time).
    this.changes = this.changes.slice(changes.length);
    this.counts.clear();
    this.dirty = false;
    if (this.backedUp) {
      this.backedUp = false;
      await this.backup?.save(null).catch(() => {});
    }
  }

  /** Copies the list to the backup, so a restarted background still has it. */
  async keep(): Promise<void> {
    if (!this.backup || this.isEmpty || !this.dirty) return;
    try {
      await this.backup.save({ changes: this.changes, counts: [...this.counts.values()] });
      this.backedUp = true;
      this.dirty = false;
    } catch {
      /* the backup is a convenience: the changes are still in effect in memory */
    }
  }

  /** Puts back what an earlier background kept (before anything new, as it is older). */
  async restore(): Promise<void> {
    let value: unknown;
    try {
      value = await this.backup?.load();
    } catch {
      return;
    }
    const v = value as Partial<BackupValue> | null | undefined;
    if (!v || !Array.isArray(v.changes) || !Array.isArray(v.counts)) return;
    this.backedUp = true;
    const dirty = this.dirty; // what came from the backup is already in it
    this.changes = [...v.changes, ...this.changes];
    for (const c of v.counts) this.addCount(c);
    this.dirty = dirty;
    const ids = v.changes.flatMap((c) => (c.type === 'put-phrase' ? [c.phrase.id] : c.type === 'import' ? c.phrases.map((p) => p.id) : []));
    this.nextTempId = Math.min(this.nextTempId, ...ids.map((id) => id - 1));
  }
}
