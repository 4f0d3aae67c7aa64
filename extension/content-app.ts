/**
 * The content script's logic: finds the field the clinician is typing in (in the page and in
 * same-origin iframes, whenever it appeared), checks it as they type, draws underlines, badge and
 * card, and applies fixes through the editor. Talks to the background only through `send`.
 */
import { h, render } from 'preact';
import { planFix, replacementFor, type Audience, type CompiledRuleset, type Finding } from '../engine/index.js';
import { FindingCard } from '../components/FindingCard.js';
import { FieldBadge } from '../components/FieldBadge.js';
import { withCustomPhrases, isCustomRule } from './custom-rules.js';
import { createIncrementalChecker, type IncrementalChecker } from './incremental-checker.js';
import { EditableField, TextareaField, editableRoot, isTextarea, type Field } from './field.js';
import { FieldSession } from './field-session.js';
import { uiRoot } from './page-ui.js';
import { IN_PAGE_CSS } from './in-page-css.js';
import { isContentConfig, type ContentConfig } from './settings.js';
import { IgnoredFindings } from './ignore-key.js';
import { trusted } from './trusted-events.js';
import type { FieldReport, ToBackground, ToContent } from './messages.js';

export interface ContentDeps {
  /** Called once, when the first field is focused: pages nobody types in never pay for the ruleset. */
  /** The compiled ruleset; the content script asks the background for it rather than bundling it. */
  loadRuleset(): CompiledRuleset | Promise<CompiledRuleset>;
  host: string;
  send(msg: ToBackground): Promise<unknown>;
  /** Tells open extension pages (side panel, popup) that the report changed. */
  notify(): void;
}

/** Alt+Shift+N / Alt+Shift+P step through findings (e.code, so keyboard layouts do not matter). */
const NEXT_KEY = 'KeyN';
const CONFIG_RETRIES = 5;
const CONFIG_RETRY_MS = 500;
const PREV_KEY = 'KeyP';

export class ContentApp {
  private config: ContentConfig | null = null;
  private checkerCache: IncrementalChecker | null = null;
  private baseRuleset: CompiledRuleset | null = null;
  private sessions = new Map<HTMLElement, FieldSession>();
  private current: FieldSession | null = null;
  private card: { session: FieldSession; index: number; focus: boolean } | null = null;
  private docs = new WeakSet<Document>();
  private observers = new WeakMap<HTMLElement, MutationObserver>();
  private readonly ignored = new IgnoredFindings();

  constructor(private readonly deps: ContentDeps) {}

  private rulesetRequest: Promise<void> | null = null;

  /**
   * The checker, or null until the ruleset has arrived. The ruleset (about 550 KB) is not bundled
   * into the content script, which every page loads: it is asked of the background the first time
   * a field needs checking, and every field is checked again when it arrives.
   */
  private get checker(): IncrementalChecker | null {
    if (!this.checkerCache) {
      if (!this.baseRuleset) {
        this.requestRuleset();
        return null;
      }
      this.checkerCache = createIncrementalChecker(withCustomPhrases(this.baseRuleset, this.config?.customPhrases ?? []));
    }
    return this.checkerCache;
  }

  private requestRuleset(): void {
    this.rulesetRequest ??= Promise.resolve()
      .then(() => this.deps.loadRuleset())
      .then((ruleset) => {
        this.baseRuleset = ruleset;
        for (const s of this.sessions.values()) s.schedule(0);
      })
      .catch((e) => {
        this.rulesetRequest = null; // try again on the next keystroke
        console.warn('Values Lens could not load its rules:', e);
      });
  }

  private topDoc: Document | null = null;

  async start(doc: Document): Promise<void> {
    this.topDoc = doc;
    this.attach(doc);
    await this.loadConfig();
  }

  /**
   * Asks the background for this site's settings. A reply that is not a config (the background
   * restarting, or an error it sent back) must not switch checking off: ask again, a few times,
   * with growing pauses.
   */
  private async loadConfig(attempt = 0): Promise<void> {
    let reply: unknown;
    try {
      reply = await this.deps.send({ type: 'content:get-config', host: this.deps.host });
    } catch (e) {
      reply = e;
    }
    if (isContentConfig(reply)) return this.applyConfig(reply);
    if (attempt >= CONFIG_RETRIES) return console.warn('Values Lens could not read its settings:', reply);
    await new Promise((ok) => setTimeout(ok, CONFIG_RETRY_MS * 2 ** attempt));
    return this.loadConfig(attempt + 1);
  }

  applyConfig(config: ContentConfig): void {
    const phrasesChanged = JSON.stringify(config.customPhrases) !== JSON.stringify(this.config?.customPhrases ?? []);
    this.config = config;
    this.ignored.load(config.ignored, config.siteKey);
    if (phrasesChanged) this.checkerCache = null; // rebuilt with the new phrases when next needed
    if (!config.enabled) {
      // Card and badge first: they are found through the sessions' documents.
      this.closeCard();
      this.current = null;
      this.drawBadge();
      for (const s of this.sessions.values()) s.dispose();
      for (const mo of this.sessions.keys()) this.observers.get(mo)?.disconnect();
      this.sessions.clear();
    }
    for (const s of this.sessions.values()) s.checkNow();
    // The clinician may have clicked into a field before the settings arrived.
    if (config.enabled) this.trackActive(this.topDoc);
    this.deps.notify();
  }

  private trackActive(doc: Document | null): void {
    let active = doc?.activeElement;
    // Focus inside an open shadow root shows as its host: look inside (closed roots stay closed).
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active || !doc || (active === doc.body && doc.designMode !== 'on')) return;
    if (active.tagName === 'IFRAME') {
      try {
        return this.trackActive((active as HTMLIFrameElement).contentDocument);
      } catch {
        return;
      }
    }
    this.track(active);
  }

  /** Listens in one document, and in every same-origin iframe it has or will have. */
  attach(doc: Document): void {
    if (this.docs.has(doc)) return;
    this.docs.add(doc);
    // Focus, clicks and keys from real input only: a page's script must not open cards or move
    // focus into our UI (trusted-events.ts). `input` is not gated: it only asks for a check.
    doc.addEventListener('focusin', trusted((e) => this.onFocus(e)), true);
    doc.addEventListener('input', (e) => this.sessionFor(e)?.schedule(), true);
    doc.addEventListener('click', trusted((e) => this.onClick(e)), true);
    doc.addEventListener('keydown', trusted((e) => this.onKey(e)), true);
    // A designMode document takes focus as a whole: no focusin on an element inside it.
    doc.defaultView?.addEventListener('focus', () => {
      if (doc.designMode === 'on' && doc.body) this.track(doc.body);
    });
    doc.defaultView?.addEventListener('scroll', () => this.reposition(), { capture: true, passive: true });
    doc.defaultView?.addEventListener('resize', () => this.reposition(), { passive: true });
    const scan = (root: ParentNode) => root.querySelectorAll?.('iframe').forEach((f) => this.attachFrame(f));
    scan(doc);
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1) {
        if ((n as Element).tagName === 'IFRAME') this.attachFrame(n as HTMLIFrameElement);
        else scan(n as Element);
      }
    }).observe(doc, { childList: true, subtree: true });
  }

  private attachFrame(frame: HTMLIFrameElement): void {
    const tryDoc = () => {
      try {
        const d = frame.contentDocument; // null or throws for cross-origin frames: those are not ours to read
        if (d) this.attach(d);
      } catch {
        /* cross-origin */
      }
    };
    tryDoc();
    frame.addEventListener('load', tryDoc);
  }

  private sessionFor(e: Event): FieldSession | undefined {
    // No instanceof: nodes in a same-origin iframe come from another realm.
    const target = e.composedPath()[0] as Node | undefined;
    const el = target?.nodeType === 1 ? (target as Element) : (target?.parentElement ?? null);
    const root = editableRoot(el);
    return root ? this.sessions.get(root) : undefined;
  }

  private shadowRoots = new WeakSet<ShadowRoot>();
  private lastFocus: Event | null = null;

  private onFocus(e: FocusEvent): void {
    // The same event reaches both the document and a shadow root we listen in.
    if (e === this.lastFocus) return;
    this.lastFocus = e;
    this.listenInShadowRoots(e.composedPath());
    const target = e.composedPath()[0] as Element;
    if (target?.nodeType === 1 && target.closest?.('values-lens-ui')) return;
    this.track(target);
  }

  /**
   * Focus moving between two fields of one shadow root never reaches the document (the event's
   * target and related target are both the host there), so we listen in each open shadow root that
   * focus has entered. Input, click and key events do cross the boundary.
   */
  private listenInShadowRoots(path: EventTarget[]): void {
    for (const node of path) {
      const root = node as ShadowRoot;
      if (root.nodeType !== 11 || !root.host || this.shadowRoots.has(root)) continue;
      this.shadowRoots.add(root);
      root.addEventListener('focusin', trusted((e) => this.onFocus(e as FocusEvent)), true);
    }
  }

  private track(target: Element): void {
    if (!this.config?.enabled) return;
    const root = editableRoot(target);
    if (!root) return;
    let session = this.sessions.get(root);
    if (!session) {
      const field: Field = isTextarea(root) ? new TextareaField(root, this.ui(root.ownerDocument)) : new EditableField(root);
      session = new FieldSession(field, (s) => this.check(s));
      this.sessions.set(root, session);
      if (!isTextarea(root)) {
        // Editors change their DOM without `input` too (paste handlers, their own APIs, undo).
        const mo = new MutationObserver(() => session!.schedule());
        mo.observe(root, { childList: true, characterData: true, subtree: true });
        this.observers.set(root, mo);
      }
      if (isTextarea(root)) root.addEventListener('scroll', () => session!.field.place(), { passive: true });
    }
    this.current = session;
    session.checkNow();
  }

  private ui(doc: Document): ShadowRoot {
    return uiRoot(doc, IN_PAGE_CSS);
  }

  private check(s: FieldSession): void {
    if (!this.config?.enabled) return;
    if (!s.field.element.isConnected) {
      s.dispose();
      this.sessions.delete(s.field.element);
      this.observers.get(s.field.element)?.disconnect();
      if (this.current === s) this.current = null;
      return;
    }
    s.text = s.field.read();
    const checker = this.checker;
    if (!checker) return; // checked again when the ruleset arrives
    const all = checker.check(s.text, { audience: s.audience ?? this.config.audience, disabledRules: this.config.disabledRules });
    s.findings = all.filter((f) => !this.ignored.has(f, checker.ruleById(f.ruleId)));
    if (this.card?.session === s && this.card.index >= s.findings.length) this.closeCard();
    s.active = this.card?.session === s ? this.card.index : -1;
    s.field.paint(s.findings, s.active);
    this.countNew(s);
    if (this.current === s) this.drawBadge();
    if (this.card?.session === s) this.drawCard();
    this.deps.notify();
  }

  /** Counts each finding once per field (rule ids only: no letter text leaves this page). */
  private countNew(s: FieldSession): void {
    const fresh: string[] = [];
    const perRule = new Map<string, number>();
    for (const f of s.findings) {
      const n = (perRule.get(f.ruleId) ?? 0) + 1;
      perRule.set(f.ruleId, n);
      const key = `${f.ruleId}:${n}`;
      if (!s.counted.has(key)) {
        s.counted.add(key);
        fresh.push(f.ruleId);
      }
    }
    if (fresh.length) void this.deps.send({ type: 'content:seen', ruleIds: fresh }).catch(() => {});
  }

  private onClick(e: MouseEvent): void {
    const path = e.composedPath();
    if (path.some((n) => (n as Element).tagName === 'VALUES-LENS-UI')) return;
    const s = this.sessionFor(e);
    if (!s) {
      this.closeCard();
      return;
    }
    this.current = s;
    // The caret lands where the click was; the editor may still be reading the old text.
    s.text = s.field.read();
    const i = s.findingAt(s.field.caret());
    if (i >= 0) this.openCard(s, i, false);
    else this.closeCard();
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.card) {
      const s = this.card.session;
      this.closeCard();
      s.field.element.focus();
      return;
    }
    if (!e.altKey || !e.shiftKey || (e.code !== NEXT_KEY && e.code !== PREV_KEY)) return;
    const s = this.sessionFor(e) ?? (this.card?.session || null);
    if (!s) return;
    e.preventDefault();
    e.stopPropagation();
    s.checkNow();
    const dir = e.code === NEXT_KEY ? 1 : -1;
    // From an open card, the next finding after it; from the caret, the next one starting at or
    // after it (a finding at the very start of the field, caret at 0, is "next").
    const from = this.card?.session === s ? s.findings[this.card.index]?.start ?? -1 : s.field.caret() - (dir === 1 ? 1 : 0);
    const i = s.step(from, dir);
    if (i < 0) return;
    s.field.select(s.findings[i].start, s.findings[i].end);
    this.openCard(s, i, true);
  }

  openCard(s: FieldSession, index: number, focus: boolean): void {
    this.card = { session: s, index, focus };
    s.active = index;
    s.field.paint(s.findings, index);
    this.drawCard();
  }

  closeCard(): void {
    const s = this.card?.session;
    this.card = null;
    if (s) {
      s.active = -1;
      s.field.paint(s.findings, -1);
    }
    for (const doc of this.uiDocs()) {
      const slot = this.ui(doc).querySelector('.vl-card-slot');
      if (slot) render(null, slot);
    }
  }

  private uiDocs(): Document[] {
    return [...new Set([...this.sessions.keys()].map((el) => el.ownerDocument))];
  }

  private slot(doc: Document, cls: string): Element {
    const root = this.ui(doc);
    let el = root.querySelector(`.${cls}`);
    if (!el) {
      el = doc.createElement('div');
      el.className = cls;
      root.append(el);
    }
    return el;
  }

  private drawCard(): void {
    if (!this.card) return;
    const { session: s, index, focus } = this.card;
    const f = s.findings[index];
    if (!f) return this.closeCard();
    const doc = s.field.element.ownerDocument;
    const rect = s.field.rectOf(f, index) ?? s.field.element.getBoundingClientRect();
    const win = doc.defaultView!;
    const left = Math.max(8, Math.min(rect.left, win.innerWidth - 350));
    const below = rect.bottom + 6;
    const top = below + 260 > win.innerHeight && rect.top > 270 ? rect.top - 266 : below;
    const rule = this.checker?.ruleById(f.ruleId);
    render(
      h(FindingCard, {
        finding: f,
        title: rule?.title ?? f.ruleId,
        replacements: f.suggestions.map((_, i) => replacementFor(s.text, f, i)),
        position: { left, top },
        takeFocus: focus,
        hasGuidance: !isCustomRule(f.ruleId),
        onApply: (i) => this.apply(s, f, i),
        onIgnore: () => this.ignore(s, f),
        onDisable: () => this.disable(s, f),
        onWhy: () => void this.deps.send({ type: 'content:open-guidance', path: f.url }),
        onClose: () => {
          this.closeCard();
          s.field.element.focus();
        },
      }),
      this.slot(doc, 'vl-card-slot'),
    );
    this.card.focus = false; // focus once, not on every redraw
  }

  private drawBadge(): void {
    const s = this.current;
    for (const doc of this.uiDocs()) {
      const slot = this.slot(doc, 'vl-badge-slot');
      if (!s || s.field.element.ownerDocument !== doc || !this.config?.enabled) {
        render(null, slot);
        continue;
      }
      const r = s.field.element.getBoundingClientRect();
      const win = doc.defaultView!;
      render(
        h(FieldBadge, {
          counts: s.counts(),
          position: { left: Math.min(r.right - 4, win.innerWidth - 8), top: Math.min(r.bottom - 28, win.innerHeight - 30) },
          onActivate: () => {
            if (s.findings.length === 0) return;
            s.field.select(s.findings[0].start, s.findings[0].end);
            this.openCard(s, 0, true);
          },
        }),
        slot,
      );
      // Right-align on the field's corner now that the badge's width is known.
      const badge = slot.firstElementChild as HTMLElement | null;
      if (badge) badge.style.left = `${Math.max(0, Math.min(r.right, win.innerWidth) - badge.offsetWidth - 4)}px`;
    }
  }

  private reposition(): void {
    for (const s of this.sessions.values()) s.field.place();
    this.drawBadge();
    if (this.card) this.drawCard();
  }

  private apply(s: FieldSession, f: Finding, i: number): void {
    // Replace only what actually changes (a deletion also takes a neighbouring space, and may
    // recapitalise the next word), computed by the engine on the field's own text.
    s.text = s.field.read();
    const plan = planFix(s.text, f, i);
    this.closeCard();
    if (plan.kind !== 'edit') return s.checkNow(); // stale offsets, or nothing to change: never write
    s.field.replace(plan.edit.start, plan.edit.end, plan.edit.insert);
    s.schedule(30);
  }

  private ignore(s: FieldSession, f: Finding): void {
    // null: a finding whose words are the letter's own (a name, a sentence) is ignored on this page only.
    const key = this.ignored.add(f, this.checker?.ruleById(f.ruleId));
    this.closeCard();
    s.field.element.focus();
    s.checkNow();
    if (key) void this.deps.send({ type: 'content:ignore', host: this.deps.host, key });
  }

  private disable(s: FieldSession, f: Finding): void {
    if (this.config) this.config = { ...this.config, disabledRules: [...this.config.disabledRules, f.ruleId] };
    this.closeCard();
    s.field.element.focus();
    s.checkNow();
    void this.deps.send({ type: 'content:disable-rule', ruleId: f.ruleId });
  }

  /** Answers the side panel and popup. */
  handle(msg: ToContent): unknown {
    switch (msg.type) {
      case 'page:config':
        if (!isContentConfig(msg.config)) return false;
        this.applyConfig(msg.config);
        return true;
      case 'page:get-host':
        return { host: this.deps.host };
      case 'page:get-report':
        return this.report();
      case 'page:reveal': {
        const s = this.current;
        const f = s?.findings[msg.index];
        if (!s || !f) return false;
        s.field.select(f.start, f.end);
        s.field.element.scrollIntoView({ block: 'nearest' });
        this.openCard(s, msg.index, false);
        return true;
      }
      case 'page:set-audience':
        if (this.current) {
          this.current.audience = msg.audience as Audience;
          this.current.checkNow();
        }
        return true;
    }
  }

  report(): FieldReport {
    const s = this.current;
    const cfg = this.config;
    const audience = s?.audience ?? cfg?.audience ?? 'patient';
    const checker = this.checker;
    const summary = s && cfg?.enabled && checker ? checker.summary(s.text, { audience, disabledRules: cfg.disabledRules }) : null;
    return {
      host: this.deps.host,
      enabled: cfg?.enabled ?? false,
      hasField: !!s,
      audience,
      readingAgeTarget: cfg?.readingAgeTarget ?? 11,
      counts: s ? s.counts() : { candour: 0, compassion: 0, respect: 0, clarity: 0 },
      findings: (s?.findings ?? []).map((f, index) => ({
        index,
        ruleId: f.ruleId,
        lens: f.lens,
        severity: f.severity,
        actual: f.actual,
        message: f.message,
        suggestions: f.suggestions,
        title: checker?.ruleById(f.ruleId)?.title ?? f.ruleId,
      })),
      summary,
    };
  }
}
