/**
 * The extension's in-page UI (card, badge, textarea underlines) for tests. It lives in a CLOSED
 * shadow root, which page script cannot reach, and neither can Playwright's locators (they go
 * through element.shadowRoot, which is null for a closed root). The Chrome DevTools Protocol can:
 * this finds the root with DOM.describeNode (pierce), reads it from an isolated world of its own
 * (page script cannot see that world, and a page's broken built-ins cannot affect it), and presses
 * buttons with real mouse input, which is trusted as a clinician's click is.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type CDPSession, type Frame, type Page } from '@playwright/test';

/** The few CDP commands this file sends; their replies are read field by field, untyped. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type Protocol = { send(method: string, params?: object): Promise<any> };

/** What run() passes in: the root, and a plain argument. Functions are sent as source, like page.evaluate. */
type InRoot<A, T> = (root: ShadowRoot, arg: A) => T;

export class InPageUi {
  private session: Promise<CDPSession> | null = null;
  private worlds = new Map<string, number>();
  private axeIn = new Set<number>();

  private static cache = new WeakMap<Page, InPageUi>();

  /** The page's own UI (one CDP session per page, however often a test asks). */
  static of(page: Page): InPageUi {
    let ui = InPageUi.cache.get(page);
    if (!ui) InPageUi.cache.set(page, (ui = new InPageUi(page)));
    return ui;
  }

  /**
   * frame: null for the page itself, or the index of a child frame (the iframe and designMode pages).
   * crossOrigin: a frame from another site, which Chromium runs in a process of its own and which
   * has a CDP session of its own (there `frame` is null: the frame is that session's root).
   */
  constructor(
    readonly page: Page,
    private readonly frame: number | null = null,
    private readonly crossOrigin: Frame | null = null,
  ) {}

  private cdp(): Promise<Protocol> {
    this.session ??= this.page.context().newCDPSession(this.crossOrigin ?? this.page);
    return this.session as Promise<Protocol>;
  }

  private async frameId(cdp: Protocol): Promise<string> {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    if (this.frame === null) return frameTree.frame.id;
    const child = frameTree.childFrames?.[this.frame];
    if (!child) throw new Error(`no child frame ${this.frame}`);
    return child.frame.id;
  }

  private async world(cdp: Protocol, fresh = false): Promise<number> {
    const frameId = await this.frameId(cdp);
    let id = this.worlds.get(frameId);
    if (id === undefined || fresh) {
      ({ executionContextId: id } = await cdp.send('Page.createIsolatedWorld', { frameId, worldName: 'values-lens-tests' }));
      this.worlds.set(frameId, id!);
    }
    return id!;
  }

  /** Runs fn(root, arg) in the document's UI root and returns its (JSON) result; null when there is no UI yet. */
  async run<A, T>(fn: InRoot<A, T>, arg?: A): Promise<T | null> {
    const cdp = await this.cdp();
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.runOnce(cdp, await this.world(cdp, attempt > 0), fn, arg);
      } catch (e) {
        // The world went with a navigation: make a new one, once.
        if (attempt > 0 || !/context|frame/i.test(String(e))) throw e;
      }
    }
  }

  private async root(cdp: Protocol, contextId: number): Promise<string | null> {
    const host = await cdp.send('Runtime.evaluate', { expression: "document.querySelector('values-lens-ui')", contextId, objectGroup: 'vl' });
    if (!host.result.objectId) return null;
    const { node } = await cdp.send('DOM.describeNode', { objectId: host.result.objectId, pierce: true, depth: 0 });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, executionContextId: contextId, objectGroup: 'vl' });
    return object.objectId;
  }

  private async runOnce<A, T>(cdp: Protocol, contextId: number, fn: InRoot<A, T>, arg: A | undefined): Promise<T | null> {
    try {
      const rootId = await this.root(cdp, contextId);
      if (!rootId) return null;
      const r = await cdp.send('Runtime.callFunctionOn', {
        objectId: rootId,
        functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
        arguments: [{ value: arg ?? null }],
        returnByValue: true,
        awaitPromise: true,
      });
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
      return r.result.value as T;
    } finally {
      await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'vl' }).catch(() => {});
    }
  }

  /** The open card's text, or null when no card is open. */
  cardText(): Promise<string | null> {
    return this.run((root) => root.querySelector('.vl-card')?.textContent ?? null).then((t) => t ?? null);
  }

  /** The badge's accessible name, or null when there is no badge. */
  badgeLabel(): Promise<string | null> {
    return this.run((root) => root.querySelector('.vl-badge')?.getAttribute('aria-label') ?? null).then((t) => t ?? null);
  }

  /** The textarea underlines' texts, in order. */
  async underlines(): Promise<string[]> {
    const texts = await this.run((root) => {
      const out: string[] = [];
      for (const u of root.querySelectorAll('.vl-u')) out.push(u.textContent ?? '');
      return out;
    });
    return texts ?? [];
  }

  /** The name (aria-label, else text) of the UI element that has focus, or null. */
  focused(): Promise<string | null> {
    return this.run((root) => {
      const el = root.activeElement;
      return el ? (el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '') : null;
    }).then((t) => t ?? null);
  }

  /**
   * The page-coordinate box of the first element matching `selector` whose name (aria-label, else
   * text) is `match.name`, or whose text contains `match.text`; the first match if neither is given.
   */
  async box(selector: string, match: { name?: string; text?: string } = {}): Promise<{ x: number; y: number; width: number; height: number } | null> {
    return this.run(
      (root, a) => {
        for (const el of root.querySelectorAll(a.selector)) {
          const text = el.textContent?.trim() ?? '';
          const name = el.getAttribute('aria-label') ?? text;
          if (a.name !== null && name !== a.name && text !== a.name) continue;
          if (a.text !== null && !text.includes(a.text)) continue;
          const r = el.getBoundingClientRect();
          let x = r.x;
          let y = r.y;
          // In a same-origin iframe: add the frame's place in the page (and its border).
          for (let w: Window = window; w.frameElement; w = w.parent) {
            const f = w.frameElement.getBoundingClientRect();
            x += f.x + w.frameElement.clientLeft;
            y += f.y + w.frameElement.clientTop;
          }
          return { x, y, width: r.width, height: r.height };
        }
        return null;
      },
      { selector, name: match.name ?? null, text: match.text ?? null },
    );
  }

  /** Clicks the card's button named `name` with the mouse (waiting for it to appear). */
  async press(name: string): Promise<void> {
    let b: Awaited<ReturnType<InPageUi['box']>> = null;
    await expect.poll(async () => (b = await this.box('.vl-card button', { name })) !== null, { message: `no "${name}" button in the card` }).toBe(true);
    await this.page.mouse.click(b!.x + b!.width / 2, b!.y + b!.height / 2);
  }

  /** A screenshot of the first element matching `selector`. */
  async screenshot(selector: string, path: string): Promise<void> {
    const b = await this.box(selector);
    if (!b) throw new Error(`nothing matches ${selector}`);
    await this.page.screenshot({ path, clip: b });
  }

  /**
   * axe-core's violations in the UI, run in the isolated world with the closed root made visible to
   * axe there only (axe walks element.shadowRoot, which a closed root does not give).
   */
  async axeViolations(tags: string[]): Promise<string[]> {
    const cdp = await this.cdp();
    const contextId = await this.world(cdp);
    if (!this.axeIn.has(contextId)) {
      const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
      await cdp.send('Runtime.evaluate', { expression: source, contextId });
      this.axeIn.add(contextId);
    }
    const found = await this.run(
      async (root, tags) => {
        const own = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot')!;
        Object.defineProperty(Element.prototype, 'shadowRoot', {
          configurable: true,
          get(this: Element) {
            return this === root.host ? root : own.get!.call(this);
          },
        });
        type Result = Array<{ id: string; nodes: Array<{ target: unknown }> }>;
        const axe = (globalThis as unknown as { axe: { run(c: object, o: object): Promise<{ violations: Result; passes: Result }> } }).axe;
        const r = await axe.run({ include: [['values-lens-ui']] }, { runOnly: { type: 'tag', values: tags } });
        const buttonsChecked = r.passes.find((p) => p.id === 'button-name')?.nodes.length ?? 0;
        return { buttonsChecked, violations: r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`) };
      },
      tags,
    );
    if (found === null) throw new Error('no in-page UI to check');
    // Not vacuous: axe reached the buttons inside the closed root.
    if (found.buttonsChecked === 0) throw new Error('axe did not reach inside the UI');
    return found.violations;
  }
}
