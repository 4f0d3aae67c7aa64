/**
 * The background's answers to every message, over the Dexie database and the managed policy. Plain
 * functions of (db, policy reader) so unit tests run them with fake-indexeddb and WXT's fake browser.
 *
 * Storage faults never stop checking. Every read goes through `view`, which falls back to empty
 * (so defaults and the managed policy, which is not in the database) when the database cannot be
 * opened or read; every change goes into UnsavedChanges first and is then saved, and when saving
 * fails it stays in effect from memory and is saved when storage works again. The fault is
 * reported in ui:get-state for the options page (see db-connection.ts for the kinds).
 */
import { today, type ValuesLensDb } from './db.js';
import type { ImportResult, PhraseResult, ToBackground, UiState } from '../protocol/messages.js';
import { readPolicy, type PolicyResult } from './policy.js';
import { contentConfig, effectiveSettings, keepLocked, normaliseSettings, packsInForce, withPolicyDefaults } from './settings.js';
import { importPack, packRuleView, packSummaries, policyView } from './packs-service.js';
import { isCustomPhrase, type ContentConfig, type RuleList } from '../protocol/settings-shapes.js';
import { diffSettings, isEmptyPatch } from './settings-patch.js';
import { EMPTY_SNAPSHOT, readCounts, readSnapshot, type Change, type Snapshot } from './changes.js';
import type { CountEntry } from '../protocol/messages.js';
import { UnsavedChanges, type Backup } from './unsaved-changes.js';
import { DbConnection, problemFrom, type StorageProblem } from './db-connection.js';
import { readSettingsFile, writeSettingsFile } from './settings-file.js';
import { newSecret, siteKey } from './site-keys.js';
import { measurePhrase, textLengthProblems, totalPhrasings, totalProblem } from '../protocol/phrase-limits.js';

export interface StoreDeps {
  db: ValuesLensDb;
  ruleset: RuleList;
  /** Reads the managed policy (storage.managed); resolves undefined where there is none. */
  readManaged: () => Promise<unknown>;
  /** Keeps unsaved changes across background restarts (storage.session); without it, memory only. */
  backup?: Backup;
  /** How long a message waits for a database that neither opens nor fails (a blocked upgrade). */
  openTimeoutMs?: number;
  /** How soon ordinary messages try a failed database again; the clinician's own actions always do. */
  retryMs?: number;
}

export function createStore({ db, ruleset, readManaged, backup, openTimeoutMs = 3000, retryMs = 30_000 }: StoreDeps) {
  const unsaved = new UnsavedChanges(backup);
  const connection = new DbConnection(db, {
    timeoutMs: openTimeoutMs,
    retryMs,
    now: Date.now,
    // A blocked upgrade finished after callers stopped waiting: save what was kept meanwhile.
    onLateOpen: () => void serial(() => sync(true)).catch(() => {}),
  });
  /** The last fault, cleared once the database opens and nothing is left unsaved. */
  let problem: StorageProblem | null = null;
  let restored = false;
  let queue: Promise<unknown> = Promise.resolve();

  /**
   * One message at a time: a read that ran while a save was committing could count a change
   * twice (once saved, once still in the list). Messages are small, so the wait is short.
   */
  function serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = queue.then(fn);
    queue = run.catch(() => {});
    return run;
  }

  /** The last policy read, by the raw value it was read from: packs in it are read with readPack once, not on every message. */
  let lastPolicy: { raw: unknown; result: PolicyResult } | null = null;

  async function policy(): Promise<PolicyResult> {
    let raw: unknown;
    try {
      raw = await readManaged();
    } catch {
      raw = undefined; // no managed storage on this browser or profile
    }
    if (!lastPolicy || lastPolicy.raw !== raw) lastPolicy = { raw, result: readPolicy(raw) };
    return lastPolicy.result;
  }

  /**
   * Opens the database if it can and saves what is unsaved. `userAction`: the clinician did
   * something, so try again now rather than waiting out retryMs. Returns whether to read the database.
   */
  async function sync(userAction: boolean): Promise<boolean> {
    if (!restored) {
      restored = true;
      await unsaved.restore();
    }
    const ready = await connection.ready(userAction);
    if (!ready.ok) {
      problem = ready.problem;
      await unsaved.keep();
      return false;
    }
    if (!unsaved.isEmpty && (userAction || unsaved.retryDue(Date.now(), retryMs))) {
      try {
        // Fetched before the transaction: awaiting anything but Dexie inside one would end it early.
        const p = unsaved.needsPolicy ? (await policy()).policy : null;
        await unsaved.saveTo(db, p, Date.now());
      } catch (e) {
        problem = problemFrom(e);
        return true; // a full disk still reads
      }
    }
    if (unsaved.isEmpty) problem = null;
    return true;
  }

  /** What the database holds (or nothing, when it cannot be read) with unsaved changes in effect. */
  async function view(host?: string, userAction = false): Promise<{ snap: Snapshot; p: PolicyResult }> {
    const p = await policy();
    let base = EMPTY_SNAPSHOT;
    if (await sync(userAction)) {
      try {
        base = await readSnapshot(db, host);
      } catch (e) {
        problem = problemFrom(e);
      }
    }
    return { snap: unsaved.view(base, p.policy), p };
  }

  async function change(c: Change): Promise<void> {
    unsaved.add(c);
    await sync(true);
  }

  async function uiState(): Promise<UiState> {
    // Opening the options page or popup is the moment to try a failed database again.
    const { snap, p } = await view(undefined, true);
    return {
      settings: effectiveSettings(snap.settings, p.policy),
      sites: snap.sites,
      customPhrases: snap.phrases,
      policyPhrases: p.policy?.customPhrases ?? [],
      lockedRules: p.policy?.lockedRules ?? [],
      allowedSites: p.policy?.allowedSites ?? null,
      policyWarnings: p.warnings,
      policy: policyView(p.policy),
      packs: packSummaries(p.policy, snap.packs),
      storageProblem: problem && { ...problem, unsavedChanges: unsaved.hasChanges },
    };
  }

  async function configFor(host: string): Promise<ContentConfig> {
    let { snap, p } = await view(host);
    if (!snap.secret) {
      // First use: make the install's secret for ignore keys, and keep it like any other change
      // (but not as the clinician's: a failed database is not tried again at once for it).
      unsaved.add({ type: 'secret', value: newSecret() });
      await sync(false);
      ({ snap, p } = await view(host));
    }
    return contentConfig({
      host,
      settings: withPolicyDefaults(snap.settings, p.policy),
      policy: p.policy,
      siteEnabled: snap.sites[host],
      customPhrases: snap.phrases,
      packs: snap.packs.map((x) => x.pack),
      ignored: snap.ignored.filter((i) => i.host === host).map((i) => i.key),
      siteKey: await siteKey(snap.secret!, host),
      ruleset,
    });
  }

  async function importJson(json: string): Promise<ImportResult> {
    const read = readSettingsFile(json);
    if (!read.ok) return read; // refused before anything is touched
    const { settings, sites, customPhrases } = read.file;
    // The policy's phrases are built alongside the imported ones: the limit is on both together.
    const fromPolicy = totalPhrasings((await policy()).policy?.customPhrases ?? []);
    const over = totalProblem(fromPolicy + totalPhrasings(customPhrases), "customPhrases and your organisation's policy together");
    if (over) return { ok: false, error: `Nothing was imported, because: ${over}.` };
    await change({ type: 'import', settings, sites, phrases: customPhrases.map((p) => ({ ...p, id: unsaved.tempId() })) });
    return { ok: true };
  }

  /** Stored counts with those not saved yet added (a forget not yet saved hides the stored ones). */
  async function countsView(): Promise<CountEntry[]> {
    let stored: CountEntry[] = [];
    if ((await sync(true)) && !unsaved.forgetPending) {
      try {
        stored = await readCounts(db);
      } catch (e) {
        problem = problemFrom(e);
      }
    }
    const all = new Map<string, CountEntry>();
    for (const c of [...stored, ...unsaved.pendingCounts()]) {
      const k = `${c.day} ${c.ruleId} ${c.kind}`;
      all.set(k, { ...c, count: (all.get(k)?.count ?? 0) + c.count });
    }
    return [...all.values()];
  }

  /** Why the options page cannot add (or change) this phrase, in words for the clinician; null if it can. */
  async function phraseProblem(p: unknown): Promise<string | null> {
    if (!isCustomPhrase(p)) return 'That phrase could not be added: it needs some words and a lens.';
    const m = measurePhrase(p.phrase);
    if ('problem' in m) return `That phrase could not be added: it ${m.problem}.`;
    const long = textLengthProblems(p, 'the');
    if (long.length) return `That phrase could not be added: ${long.join('; ').replace(/the\./g, 'the ')}.`;
    const { snap, p: pol } = await view();
    const others = snap.phrases.filter((x) => p.id === undefined || x.id !== unsaved.storedId(p.id));
    const total = totalPhrasings(pol.policy?.customPhrases ?? []) + totalPhrasings(others) + m.phrasings;
    const over = totalProblem(total, "your organisation's phrases");
    return over ? `That phrase could not be added: ${over}. Remove some phrases, or make this one simpler.` : null;
  }

  /** Answers one message. Returns true for messages that change what content scripts see. */
  async function handle(msg: ToBackground): Promise<{ reply: unknown; changed: boolean }> {
    switch (msg.type) {
      case 'content:get-config':
        return { reply: await configFor(msg.host), changed: false };
      case 'content:ignore':
        await change({ type: 'ignore', host: msg.host, key: msg.key });
        return { reply: true, changed: true };
      case 'content:disable-rule':
        await change({ type: 'settings', patch: { rulesOff: [msg.ruleId] } });
        return { reply: true, changed: true };
      case 'content:seen':
        // Counts are nobody's action: after a failure they wait for retryMs, so a full disk is not retried on every check.
        unsaved.count(today(), msg.ruleIds);
        await sync(false);
        return { reply: true, changed: false };
      case 'content:counted':
        unsaved.countAction(today(), msg.ruleId, msg.kind);
        await sync(false);
        return { reply: true, changed: false };
      case 'ui:get-state':
        return { reply: await uiState(), changed: false };
      case 'ui:get-counts':
        return { reply: await countsView(), changed: false };
      case 'ui:forget-counts':
        unsaved.dropCounts();
        await change({ type: 'forget-counts' });
        return { reply: true, changed: false };
      case 'ui:save-settings': {
        const { snap, p } = await view();
        const before = withPolicyDefaults(snap.settings, p.policy);
        // Locked values (lenses kept on, the severity threshold) are put back: a page cannot save past a lock.
        const patch = diffSettings(before, keepLocked(before, normaliseSettings(msg.settings), p.policy));
        if (!isEmptyPatch(patch)) await change({ type: 'settings', patch });
        return { reply: true, changed: !isEmptyPatch(patch) };
      }
      case 'ui:set-site':
        await change({ type: 'site', host: msg.host, enabled: msg.enabled });
        return { reply: true, changed: true };
      case 'ui:save-phrase': {
        const problem = await phraseProblem(msg.phrase);
        if (problem) return { reply: { ok: false, error: problem } satisfies PhraseResult, changed: false };
        const id = msg.phrase.id === undefined ? unsaved.tempId() : unsaved.storedId(msg.phrase.id);
        await change({ type: 'put-phrase', phrase: { ...msg.phrase, id } });
        return { reply: { ok: true } satisfies PhraseResult, changed: true };
      }
      case 'ui:delete-phrase':
        await change({ type: 'delete-phrase', id: unsaved.storedId(msg.id) });
        return { reply: true, changed: true };
      case 'ui:export': {
        const s = await uiState();
        return { reply: writeSettingsFile({ settings: s.settings, sites: s.sites, customPhrases: s.customPhrases }), changed: false };
      }
      case 'ui:import': {
        const r = await importJson(msg.json);
        return { reply: r, changed: r.ok };
      }
      case 'ui:import-pack': {
        const { snap, p } = await view();
        const r = importPack(msg.json, p.policy, snap.packs.map((x) => x.pack));
        if (r.ok) await change({ type: 'put-pack', pack: r.pack, at: Date.now() });
        return { reply: r.ok ? { ok: true, message: r.message } : r, changed: r.ok };
      }
      case 'ui:remove-pack':
        await change({ type: 'delete-pack', name: msg.name });
        return { reply: true, changed: true };
      case 'ui:get-pack-rule': {
        const { snap, p } = await view();
        return { reply: packRuleView(msg.id, p.policy, packsInForce(p.policy?.packs, snap.packs.map((x) => x.pack))), changed: false };
      }
      case 'ui:get-packs': {
        const { snap, p } = await view();
        return { reply: packsInForce(p.policy?.packs, snap.packs.map((x) => x.pack)), changed: false };
      }
      default:
        return { reply: undefined, changed: false };
    }
  }

  return {
    handle: (msg: ToBackground) => serial(() => handle(msg)),
    configFor: (host: string) => serial(() => configFor(host)),
    uiState: () => serial(uiState),
    policy,
    /** Opens (on first run creates) the database now, rather than when the first page asks. */
    open: () => serial(() => sync(false)).then(() => undefined),
  };
}

export type Store = ReturnType<typeof createStore>;
