/**
 * The content script's parts, put together. Read in this order, a keystroke's path:
 *
 *   field-tracker.ts  finds the field (documents, same-origin iframes, open shadow roots) and, on
 *                     `input` or an editor's own DOM change, asks its FieldSession for a check;
 *   field-session.ts  waits for a pause in typing (CHECK_DELAY_MS), then runs
 *   check-loop.ts     read the text, check it, drop ignored findings, paint the underlines
 *                     (field.ts: underline-highlights.ts or underline-mirror.ts);
 *   card-controller.ts  the badge's counts and, on a click or Alt+Shift+N (navigation.ts), a card;
 *   fixes.ts          the card's buttons: a fix planned by the engine, written through the editor.
 *
 * The side panel and popup talk to it through page-report.ts. Nothing here outlives the script's
 * context (lifetime.ts); everything reaches the background only through `send`.
 */
import type { ToBackground, ToContent } from '../protocol/messages.js';
import type { ContentConfig } from '../protocol/settings-shapes.js';
import { CardController } from './card-controller.js';
import { checkField } from './check-loop.js';
import { loadConfig } from './config-loader.js';
import { FieldTracker } from './field-tracker.js';
import type { FieldSession } from './field-session.js';
import { Fixes } from './fixes.js';
import type { Lifetime } from './lifetime.js';
import { Navigation } from './navigation.js';
import { answer } from './page-report.js';
import { PageState } from './page-state.js';
import { RulesetSource } from './ruleset-source.js';
import { IN_PAGE_CSS } from './ui-css.js';
import { uiRoot } from './ui-root.js';

export interface ContentDeps {
  /** The ruleset with its packs and phrases (a PageRuleset), asked of the background when the first field is checked. */
  loadRuleset(): unknown;
  host: string;
  send(msg: ToBackground): Promise<unknown>;
  /** Tells open extension pages (side panel, popup) that the report changed. */
  notify(): void;
  /** Tells the background the clinician entered a field here (content:focused; docs/extension.md, "Frames"). */
  focused?(): void;
  life: Lifetime;
  /** The extension's version (manifest.json), for false-alarm reports. */
  version?: string;
}

export class ContentApp {
  private readonly state = new PageState();
  private readonly rules: RulesetSource;
  private readonly card: CardController;
  private readonly tracker: FieldTracker;
  private topDoc: Document | null = null;
  /**
   * In the top frame: the frame from another origin that has the field the clinician entered last
   * (its frameId, as the background says: page:focus-frame), or 0 when the field is ours.
   */
  private focusedFrame = 0;

  constructor(private readonly deps: ContentDeps) {
    const { state } = this;
    // The badge's, underlines' and card's styles come with the ruleset (protocol/card-css.ts): added to every UI root once they have.
    let css = IN_PAGE_CSS;
    let cardCss = '';
    const ui = (doc: Document) => {
      const c = this.rules.cardCss();
      if (c !== cardCss) css = IN_PAGE_CSS + (cardCss = c);
      return uiRoot(doc, css);
    };
    this.rules = new RulesetSource(
      deps.loadRuleset,
      () => {
        for (const s of state.sessions.values()) s.schedule(0);
      },
      (fn, ms) => void deps.life.setTimeout(fn, ms),
    );
    this.card = new CardController(state, this.rules, ui);
    if (deps.version) this.card.version = deps.version;
    this.card.actions = new Fixes(state, this.card, this.rules, deps.host, deps.send);
    const nav = new Navigation(state, this.card);
    this.tracker = new FieldTracker(state, deps.life, {
      check: (s) =>
        checkField(s, {
          state,
          rules: this.rules,
          send: deps.send,
          forget: (x) => this.removed(x),
          checked: (x) => {
            this.card.afterCheck(x);
            deps.notify();
          },
        }),
      entered: (s) => {
        state.current = s;
        // Only where the clinician is: new settings (after any "Ignore here", in every tab) track
        // the field each document last had focused, and a frame the clinician has left must not
        // take the side panel back from the page's own field.
        if (s.field.element.ownerDocument.hasFocus?.()) deps.focused?.();
        s.checkNow();
      },
      click: (e, s) => nav.click(e, s),
      key: (e, s) => nav.key(e, s),
      removed: (s) => this.removed(s),
      moved: () => this.card.reposition(),
      // The settings are still on their way (the first ones after the browser starts wait for its
      // policy read, seconds): fetch the rules meanwhile, so the first check waits for one, not both.
      focusedEarly: () => this.rules.request(),
      // A frame removed or navigated: if it had the focused field, the side panel must stop showing its report.
      framesChanged: () => {
        if (this.focusedFrame) deps.notify();
      },
      uiRoot: ui,
    });
  }

  async start(doc: Document): Promise<void> {
    this.topDoc = doc;
    this.tracker.attach(doc);
    await this.reloadConfig();
  }

  /**
   * Asks the background for this site's settings again. A frame from another site does this when
   * settings change, rather than take the config sent to the whole tab, which is the top page's
   * site's (frame-role.ts).
   */
  async reloadConfig(): Promise<void> {
    const config = await loadConfig(this.deps.host, this.deps.send, this.deps.life);
    if (config) this.applyConfig(config);
  }

  applyConfig(config: ContentConfig): void {
    const { state } = this;
    state.config = config;
    state.ignored.load(config.ignored, config.siteKey);
    this.rules.setConfig(config);
    if (!config.enabled) {
      // Card and badge first: they are found through the sessions' documents.
      this.card.close();
      state.current = null;
      this.card.drawBadge();
      this.tracker.forgetAll();
    }
    for (const s of state.sessions.values()) s.checkNow();
    // The clinician may have clicked into a field before the settings arrived.
    if (config.enabled) this.tracker.trackActive(this.topDoc);
    this.deps.notify();
  }

  /** A field left the page: no card or badge for it, and no more checks. */
  private removed(s: FieldSession): void {
    if (this.state.card?.session === s) this.card.close();
    this.tracker.forget(s);
    this.card.drawBadge();
    this.deps.notify();
  }

  /** Answers the side panel, popup and background (page:* messages). */
  handle(msg: ToContent): unknown {
    if (msg.type === 'page:focus-frame') {
      if (!Number.isInteger(msg.frameId) || msg.frameId < 0) return false;
      this.focusedFrame = msg.frameId;
      this.deps.notify();
      return true;
    }
    return answer(msg, {
      state: this.state,
      rules: this.rules,
      card: this.card,
      host: this.deps.host,
      applyConfig: (c) => this.applyConfig(c),
      focusedFrame: this.focusedFrame,
    });
  }
}
