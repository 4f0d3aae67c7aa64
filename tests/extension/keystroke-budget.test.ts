/**
 * Issue 12: a keystroke at the end of a 20,000-word contenteditable must cost in-page work in
 * proportion to what changed, not to the letter. Counted, not timed (timings flake on a shared
 * machine): text nodes whose characters the check reads, StaticRanges it builds, and ranges it hands
 * to the browser's highlights. Runs the real check loop (check-loop.ts, field.ts) with the real
 * ruleset in a linkedom page; the browser parts linkedom lacks (StaticRange, Highlight,
 * CSS.highlights, and a MutationObserver that reports edits to a text node's characters, as browsers
 * do) are small counting stand-ins. Then checks that what is underlined is exactly the findings.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { createChecker, type Checker, type Finding } from '../../engine/index.js';
import { checkField, type CheckLoopDeps } from '../../extension/in-page/check-loop.js';
import { EditableField } from '../../extension/in-page/field.js';
import { FieldSession } from '../../extension/in-page/field-session.js';
import { PageState } from '../../extension/in-page/page-state.js';
import type { RulesetSource } from '../../extension/in-page/ruleset-source.js';
import { readEditable } from '../../extension/in-page/editable-text.js';
import type { ContentConfig } from '../../extension/protocol/settings-shapes.js';
import { exampleLetters, realRuleset } from './real-ruleset.js';
import { textNodes } from './text-nodes.js';

const CONFIG: ContentConfig = { enabled: true, audience: 'patient', readingAgeTarget: 11, disabledRules: [], customPhrases: [], ignored: [], siteKey: '00'.repeat(32), severityThreshold: 'advice' };

let checker: Checker;
let letter: string;
beforeAll(() => {
  checker = createChecker(realRuleset(), { cacheParagraphs: true });
  // The example letters' paragraphs, over and over, to 20,000 words: real phrasing, real findings.
  const paragraphs = exampleLetters().flatMap((l) => l.split(/\n{2,}/)).map((p) => p.trim()).filter((p) => p && !p.startsWith('#'));
  const out: string[] = [];
  for (let words = 0, i = 0; words < 20_000; i++) {
    out.push(paragraphs[i % paragraphs.length]);
    words += countWords(out[out.length - 1]);
  }
  letter = out.join('\n\n');
});
const countWords = (text: string) => (text.match(/\S+/g) ?? []).length;
afterEach(() => vi.unstubAllGlobals());

/** Work the browser was asked for: counted by the stand-ins below. */
const work = { textReads: 0, rangesBuilt: 0, rangesHandedOver: 0 };
const reset = () => Object.assign(work, { textReads: 0, rangesBuilt: 0, rangesHandedOver: 0 });

interface Static { startContainer: Node; startOffset: number; endContainer: Node; endOffset: number }

/** A linkedom page with the letter in a contenteditable, one <p> per paragraph, and the stand-ins. */
function page() {
  const html = letter.split('\n\n').map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>')}</p>`).join('');
  const { document, window } = parseHTML(`<!doctype html><html><body><div id="f" contenteditable="true">${html}</div></body></html>`);
  const w = window as unknown as Record<string, unknown>;
  w.StaticRange = class {
    constructor(init: Static) {
      work.rangesBuilt++;
      Object.assign(this, init);
    }
  };
  w.Highlight = class extends Set<Static> {
    constructor(...ranges: Static[]) {
      super(ranges); // which calls add() for each: counted there
    }
    override add(r: Static) {
      work.rangesHandedOver++;
      return super.add(r);
    }
    override delete(r: Static) {
      work.rangesHandedOver++;
      return super.delete(r);
    }
  };
  // linkedom's Range cannot be placed: a live Range is a StaticRange that can, for what reads it here.
  (document as unknown as { createRange(): unknown }).createRange = () => {
    work.rangesBuilt++;
    const r = { startContainer: null as Node | null, startOffset: 0, endContainer: null as Node | null, endOffset: 0 };
    return Object.assign(r, {
      setStart: (n: Node, o: number) => Object.assign(r, { startContainer: n, startOffset: o }),
      setEnd: (n: Node, o: number) => Object.assign(r, { endContainer: n, endOffset: o }),
    });
  };
  const highlights = new Map<string, Set<Static>>();
  w.CSS = { highlights };
  w.CSSStyleSheet = class { replaceSync() {} };
  (document as unknown as { adoptedStyleSheets: unknown[] }).adoptedStyleSheets = [];
  // Every read of a text node's characters, wherever it comes from.
  const data = Object.getOwnPropertyDescriptor(window.CharacterData.prototype, 'data')!;
  Object.defineProperty(window.CharacterData.prototype, 'data', {
    ...data,
    get(this: Text) {
      work.textReads++;
      return data.get!.call(this);
    },
  });
  // Browsers report typing into a text node as a characterData record on that node (linkedom
  // reports a childList record on the observed root); the test says what it changed.
  const observers: Array<{ records: MutationRecord[] }> = [];
  vi.stubGlobal('MutationObserver', class {
    records: MutationRecord[] = [];
    constructor() {
      observers.push(this);
    }
    observe() {}
    disconnect() {}
    takeRecords() {
      return this.records.splice(0);
    }
  });
  const root = document.getElementById('f') as unknown as HTMLElement;
  const state = new PageState();
  state.config = CONFIG;
  const deps: CheckLoopDeps = { state, rules: { checker: () => checker, request() {} } as unknown as RulesetSource, send: async () => undefined, forget() {}, checked() {} };
  const session = new FieldSession(new EditableField(root), (s) => checkField(s, deps));
  /** Types `text` into a text node at `at` (the end when not given), as the browser would. */
  const type = (node: Text, text: string, at = node.data.length) => {
    node.data = node.data.slice(0, at) + text + node.data.slice(at);
    for (const o of observers) o.records.push({ type: 'characterData', target: node } as unknown as MutationRecord);
  };
  /** Nodes added or removed, as the browser's observer reports it. */
  const rebuilt = () => {
    for (const o of observers) o.records.push({ type: 'childList', target: root } as unknown as MutationRecord);
  };
  return { root, session, highlights, type, rebuilt };
}

/** The text offsets each highlight covers, read back through a fresh full read of the field. */
function underlined(root: HTMLElement, highlights: Map<string, Set<Static>>): string[] {
  const t = readEditable(root);
  const at = (node: Node, offset: number) => t.starts[t.nodes.indexOf(node as Text)] + offset;
  const out: string[] = [];
  for (const [name, h] of highlights) {
    if (name.endsWith('-active')) continue;
    for (const r of h) out.push(`${at(r.startContainer, r.startOffset)}-${at(r.endContainer, r.endOffset)}:${name.split('-').at(-1)}`);
  }
  return out.sort();
}
const expected = (findings: readonly Finding[]) => findings.filter((f) => f.end > f.start).map((f) => `${f.start}-${f.end}:${f.lens}`).sort();

describe('a keystroke at the end of a 20,000-word contenteditable', () => {
  it('reads, builds and repaints in proportion to the edit, not to the letter', () => {
    const { root, session, highlights, type } = page();
    expect(countWords(letter)).toBeGreaterThanOrEqual(20_000);
    session.checkNow();
    const nodes = textNodes(root);
    // The first check reads the whole letter and builds every range: that is what a keystroke must not repeat.
    expect(nodes.length).toBeGreaterThan(500);
    expect(work.rangesBuilt).toBeGreaterThan(500);
    expect(underlined(root, highlights)).toEqual(expected(session.findings));

    for (const key of [' ', 'Y', 'o', 'u']) {
      type(nodes.at(-1)!, key);
      reset();
      session.checkNow();
      // One text node changed: read it (and the few ranges' nodes), not the letter's 500 and more.
      expect(work.textReads).toBeLessThanOrEqual(20);
      expect(work.rangesBuilt).toBeLessThanOrEqual(10);
      expect(work.rangesHandedOver).toBeLessThanOrEqual(20);
    }
    expect(underlined(root, highlights)).toEqual(expected(session.findings));
  });

  it('underlines exactly the findings after edits in the middle, which move every later finding', () => {
    const { root, session, highlights, type, rebuilt } = page();
    session.checkNow();
    const nodes = textNodes(root);
    const middle = nodes[Math.floor(nodes.length / 2)];
    for (const words of [' You failed to attend', ' and we regret any inconvenience', 'x']) {
      type(middle, words, 3);
      reset();
      session.checkNow();
      expect(underlined(root, highlights)).toEqual(expected(session.findings));
      // The findings after the edit moved in the text, not in the DOM: their ranges are kept.
      expect(work.rangesBuilt).toBeLessThanOrEqual(10);
    }
    expect(session.findings.some((f) => f.actual.includes('failed to attend') && f.start > letter.length / 3)).toBe(true);
    // A paragraph added between two others: read and drawn again in full, and still exact.
    const p = root.ownerDocument.createElement('p');
    p.textContent = 'We note you failed to attend.';
    nodes[10].parentNode!.parentNode!.insertBefore(p, nodes[10].parentNode!);
    rebuilt();
    session.checkNow();
    expect(session.findings.some((f) => f.actual.includes('failed to attend') && f.start < letter.length / 10)).toBe(true);
    expect(underlined(root, highlights)).toEqual(expected(session.findings));
  });
});
