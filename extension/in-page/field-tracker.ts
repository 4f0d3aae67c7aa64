/**
 * Finds the field the clinician types in: listens in the page's document, in every same-origin
 * iframe it has or will have, and in each open shadow root focus enters; keeps one FieldSession per
 * field. What happens in a field (checks, clicks, keys) is passed on through `FieldEvents`.
 */
import { trusted } from './trusted-events.js';
import { EditableField, TextareaField, editableRoot, isValueField, type Field } from './field.js';
import { FieldSession } from './field-session.js';
import type { Lifetime } from './lifetime.js';
import type { PageState } from './page-state.js';
import { UI_HOST_TAG } from './ui-root.js';
import { isTyping } from './typing-hold.js';

export interface FieldEvents {
  check(s: FieldSession): void;
  /** The clinician focused (or clicked into) this field. */
  entered(s: FieldSession): void;
  click(e: MouseEvent, s: FieldSession | undefined): void;
  key(e: KeyboardEvent, s: FieldSession | undefined): void;
  /** A field left the page: stop checking it, and take down what was drawn for it. */
  removed(s: FieldSession): void;
  /** Something scrolled or resized: what is drawn must follow. */
  moved(): void;
  /** An iframe was taken out of the page, or loaded a new document (the side panel may be showing its field). */
  framesChanged?(): void;
  /** A field was focused before this site's settings arrived (it is tracked when they do: trackActive). */
  focusedEarly?(): void;
  /** The UI root that holds a textarea's mirror (ui-root.ts). */
  uiRoot(doc: Document): ShadowRoot;
}

type Added = [target: EventTarget, type: string, handler: (e: Event) => void, capture: boolean];

export class FieldTracker {
  /** The documents we listen in, each with the listeners added to it and its window (see listenIn). */
  private readonly docs = new WeakMap<Document, Added[]>();
  private readonly shadowRoots = new WeakSet<ShadowRoot>();
  private readonly observers = new Map<HTMLElement, MutationObserver>();
  private lastFocus: Event | null = null;

  constructor(
    private readonly state: PageState,
    private readonly life: Lifetime,
    private readonly on: FieldEvents,
  ) {
    life.onEnd(() => this.forgetAll());
  }

  /** Listens in one document, and in every same-origin iframe it has or will have. */
  attach(doc: Document): void {
    if (this.docs.has(doc)) return;
    this.docs.set(doc, []);
    this.listenIn(doc);
    const scan = (root: ParentNode) => root.querySelectorAll?.('iframe').forEach((f) => this.attachFrame(f));
    scan(doc);
    const changes = new MutationObserver((records) => {
      let removed = false;
      let rewritten = false;
      let framesGone = false;
      for (const r of records) {
        removed ||= r.removedNodes.length > 0;
        for (const n of r.removedNodes) framesGone ||= n.nodeType === 1 && ((n as Element).tagName === 'IFRAME' || !!(n as Element).querySelector?.('iframe'));
        // A new root element: document.open() and write() rebuilt the document (TinyMCE builds its
        // iframe that way), and document.open() removed every listener we had added.
        rewritten ||= r.target === doc && [...r.addedNodes].some((n) => n === doc.documentElement);
        for (const n of r.addedNodes) if (n.nodeType === 1) {
          if ((n as Element).tagName === 'IFRAME') this.attachFrame(n as HTMLIFrameElement);
          else scan(n as Element);
        }
      }
      if (rewritten) this.listenIn(doc);
      // A field taken out of the page takes its underlines, mirror and badge with it, even when no
      // check was waiting to notice.
      if (removed) this.forgetRemoved();
      if (framesGone) this.on.framesChanged?.();
    });
    changes.observe(doc, { childList: true, subtree: true });
    this.life.onEnd(() => changes.disconnect());
  }

  /**
   * Adds our listeners to a document and its window, first removing the ones added before, so it
   * can run again, idempotently, after document.open() dropped them (listeners are not kept across
   * it, but the Document object, and so our record of having seen it, is).
   */
  private listenIn(doc: Document): void {
    const added = this.docs.get(doc)!;
    for (const [target, type, handler, capture] of added.splice(0)) target.removeEventListener(type, handler, capture);
    const listen = (target: EventTarget, type: string, handler: (e: Event) => void, options: AddEventListenerOptions = {}) => {
      this.life.listen(target, type, handler, options);
      added.push([target, type, handler, options.capture === true]);
    };
    // Focus, clicks and keys from real input only: a page's script must not open cards or move
    // focus into our UI (trusted-events.ts). `input` is not gated: it only asks for a check.
    listen(doc, 'focusin', trusted((e) => this.onFocus(e)), { capture: true });
    // A key the clinician typed is checked at once (checkSoon); what a page's script sends waits for the debounce.
    listen(doc, 'input', (e) => (e.isTrusted ? this.sessionFor(e)?.checkSoon() : this.sessionFor(e)?.schedule()), { capture: true });
    // beforeinput, not input: Lexical and Slate cancel it and change the DOM themselves, so no input follows.
    listen(doc, 'beforeinput', (e) => isTyping(e) && this.sessionFor(e)?.typed(), { capture: true });
    listen(doc, 'click', trusted((e) => this.on.click(e as MouseEvent, this.sessionFor(e))), { capture: true });
    listen(doc, 'keydown', trusted((e) => this.on.key(e as KeyboardEvent, this.sessionFor(e))), { capture: true });
    const win = doc.defaultView;
    if (win) {
      // A designMode document, or one whose body is the editor (TinyMCE's iframe), takes focus as a
      // whole: no focusin on an element inside it.
      listen(win, 'focus', () => {
        if (doc.body && (doc.designMode === 'on' || doc.body.isContentEditable)) this.track(doc.body);
      });
      listen(win, 'scroll', () => this.on.moved(), { capture: true, passive: true });
      listen(win, 'resize', () => this.on.moved(), { passive: true });
    }
  }

  private attachFrame(frame: HTMLIFrameElement): void {
    const tryDoc = () => {
      try {
        const d = frame.contentDocument; // null or throws for cross-origin frames: those are not ours to read
        if (!d) return;
        // A document already seen may have been rewritten with document.open() (its listeners gone).
        if (this.docs.has(d)) this.listenIn(d);
        else this.attach(d);
      } catch {
        /* cross-origin */
      }
    };
    tryDoc();
    this.life.listen(frame, 'load', () => {
      tryDoc();
      this.on.framesChanged?.();
    });
  }

  /** The session of the field an event happened in, if we check that field. */
  sessionFor(e: Event): FieldSession | undefined {
    // No instanceof: nodes in a same-origin iframe come from another realm.
    const target = e.composedPath()[0] as Node | undefined;
    const el = target?.nodeType === 1 ? (target as Element) : (target?.parentElement ?? null);
    const root = editableRoot(el);
    return root ? this.state.sessions.get(root) : undefined;
  }

  private onFocus(e: Event): void {
    // The same event reaches both the document and a shadow root we listen in.
    if (e === this.lastFocus) return;
    this.lastFocus = e;
    this.listenInShadowRoots(e.composedPath());
    const target = e.composedPath()[0] as Element;
    if (target?.nodeType === 1 && target.closest?.(UI_HOST_TAG)) return;
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
      this.life.listen(root, 'focusin', trusted((e) => this.onFocus(e)), { capture: true });
    }
  }

  /** The focused element of a document, looking into open shadow roots and same-origin frames. */
  trackActive(doc: Document | null): void {
    let active = doc?.activeElement;
    // Focus inside an open shadow root shows as its host: look inside (closed roots stay closed).
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    // The body counts only where it is the editor (designMode, or a contenteditable body).
    if (!active || !doc || (active === doc.body && doc.designMode !== 'on' && !doc.body.isContentEditable)) return;
    if (active.tagName === 'IFRAME') {
      try {
        return this.trackActive((active as HTMLIFrameElement).contentDocument);
      } catch {
        return;
      }
    }
    this.track(active);
  }

  private track(target: Element): void {
    if (!this.state.enabled) {
      if (!this.state.config && editableRoot(target)) this.on.focusedEarly?.();
      return;
    }
    const root = editableRoot(target);
    if (!root) return;
    let session = this.state.sessions.get(root);
    if (!session) {
      const field: Field = isValueField(root) ? new TextareaField(root, this.on.uiRoot(root.ownerDocument)) : new EditableField(root);
      const s = new FieldSession(field, (x) => this.on.check(x), this.life);
      session = s;
      this.state.sessions.set(root, s);
      if (isValueField(root)) {
        this.life.listen(root, 'scroll', () => s.field.place(), { passive: true });
        // A text input scrolls sideways as the caret moves (arrow keys, Home, End, a click or a
        // drag): the mirror follows, whether or not the browser reports it as a scroll.
        if (root.tagName === 'INPUT') for (const type of ['keyup', 'mouseup', 'select']) this.life.listen(root, type, () => s.field.place(), { passive: true });
      } else {
        // Editors change their DOM without `input` too (paste handlers, their own APIs, undo).
        const mo = new MutationObserver(() => s.schedule());
        mo.observe(root, { childList: true, characterData: true, subtree: true });
        this.observers.set(root, mo);
      }
    }
    this.on.entered(session);
  }

  /** Stops checking a field (removed from the page, or checking switched off). */
  forget(s: FieldSession): void {
    s.dispose();
    this.state.sessions.delete(s.field.element);
    this.observers.get(s.field.element)?.disconnect();
    this.observers.delete(s.field.element);
    if (this.state.current === s) this.state.current = null;
  }

  private forgetRemoved(): void {
    for (const s of [...this.state.sessions.values()]) if (!s.field.element.isConnected) this.on.removed(s);
  }

  forgetAll(): void {
    for (const s of [...this.state.sessions.values()]) this.forget(s);
  }
}
