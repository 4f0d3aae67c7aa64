/**
 * The extension's in-page UI (card, badge, textarea underlines) in Firefox, for tests. It lives in
 * a CLOSED shadow root that page script cannot reach. WebDriver BiDi can: serialising the host
 * element with `includeShadowTree: 'all'` gives the closed root's shared id, and passing that id
 * back as an argument hands the root itself to a function. Both calls run in a BiDi sandbox (a
 * realm of the tests' own, like the CDP isolated world the Chromium suite uses), so the page's
 * script can neither see these reads nor break them.
 */
import type { Browser, Frame, Page } from 'puppeteer-core';

interface Bidi {
  send(method: string, params: object): Promise<{ result: { type: string; result?: RemoteValue; exceptionDetails?: { text: string } } }>;
}
interface RemoteValue {
  type: string;
  value?: unknown;
}

const SANDBOX = 'values-lens-tests';

export class InPageUi {
  /** frame: a child frame whose own document holds the UI (a frame from another origin). */
  constructor(
    readonly page: Page,
    private readonly frame: Frame | null = null,
  ) {}

  private get bidi(): Bidi {
    return (this.page.browser() as Browser & { connection: Bidi }).connection;
  }

  private get context(): string {
    return ((this.frame ?? this.page.mainFrame()) as unknown as { _id: string })._id;
  }

  private async call(functionDeclaration: string, args: object[]): Promise<RemoteValue> {
    const { result } = await this.bidi.send('script.callFunction', {
      functionDeclaration,
      arguments: args,
      awaitPromise: true,
      target: { context: this.context, sandbox: SANDBOX },
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
    });
    if (result.type === 'exception') throw new Error(result.exceptionDetails?.text ?? 'exception in the page');
    return result.result!;
  }

  /** Runs fn(root, arg) in the UI's closed root and returns its (JSON) result; null when there is no UI yet. */
  async run<A, T>(fn: (root: ShadowRoot, arg: A) => T, arg?: A): Promise<T | null> {
    const host = await this.call("() => document.querySelector('values-lens-ui')", []);
    const shadow = (host.value as { shadowRoot?: { sharedId: string } | null } | undefined)?.shadowRoot;
    if (host.type !== 'node' || !shadow) return null;
    // The argument and the result cross as JSON strings: BiDi's typed values need no mapping then.
    const out = await this.call(`async (root, arg) => JSON.stringify(await (${fn.toString()})(root, JSON.parse(arg)) ?? null)`, [
      { sharedId: shadow.sharedId },
      { type: 'string', value: JSON.stringify(arg ?? null) },
    ]);
    return JSON.parse(out.value as string) as T | null;
  }

  /** The open card's text, or null. */
  cardText(): Promise<string | null> {
    return this.run((root) => root.querySelector('.vl-card')?.textContent ?? null);
  }

  /** The badge's accessible name, or null. */
  badgeLabel(): Promise<string | null> {
    return this.run((root) => root.querySelector('.vl-badge')?.getAttribute('aria-label') ?? null);
  }

  /** The badge's box in the viewport, or null. */
  badgeBox(): Promise<{ left: number; right: number; top: number; bottom: number } | null> {
    return this.run((root) => {
      const b = root.querySelector('.vl-badge')?.getBoundingClientRect();
      return b ? { left: b.left, right: b.right, top: b.top, bottom: b.bottom } : null;
    });
  }

  /** The textarea underlines' texts, in order. */
  async underlines(): Promise<string[]> {
    return (await this.run((root) => [...root.querySelectorAll('.vl-u')].map((u) => u.textContent ?? ''))) ?? [];
  }

  /** The name (aria-label, else text) of the UI element that has focus, or null. */
  focused(): Promise<string | null> {
    return this.run((root) => {
      const el = root.activeElement;
      return el ? (el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '') : null;
    });
  }
}

/** The text under each of the extension's highlights (CSS Custom Highlight API), in reading order. */
export function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ranges: Range[] = [];
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('vlens-') || name.endsWith('-active')) continue;
      for (const s of h as unknown as Iterable<AbstractRange>) {
        const r = document.createRange();
        try {
          r.setStart(s.startContainer, s.startOffset);
          r.setEnd(s.endContainer, s.endOffset);
        } catch {
          // Between an edit and the repaint a range can point past its node's end: a reading to retry.
          return ['(a highlight from before the last edit)'];
        }
        ranges.push(r);
      }
    }
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.toString());
  });
}
