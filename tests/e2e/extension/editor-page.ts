/** A page object for one editor on the local test pages: type, read underlines, click phrases, read the editor's own text. */
import { expect, type Frame, type Locator, type Page } from '@playwright/test';
import { PAGES } from './fixtures.js';
import { InPageUi } from './in-page-ui.js';
import { editorText } from '../editor-text.js';

export type EditorKind =
  | 'textarea'
  | 'input'
  | 'contenteditable'
  | 'tiptap'
  | 'quill'
  | 'roosterjs'
  | 'tinymce'
  | 'lexical'
  | 'slate'
  | 'ckeditor'
  | 'iframe'
  | 'designmode'
  | 'dynamic';

/** Editors whose field is in the page's first child frame (TinyMCE writes its own iframe). */
const IN_FRAME: EditorKind[] = ['iframe', 'designmode', 'tinymce'];

const EDITABLE: Record<EditorKind, string> = {
  textarea: '#editor',
  input: '#editor',
  contenteditable: '#editor',
  tiptap: '.ProseMirror',
  quill: '.ql-editor',
  roosterjs: '#editor',
  tinymce: 'body',
  lexical: '#editor',
  slate: '[data-slate-editor]',
  ckeditor: '.ck-editor__editable',
  iframe: '#editor',
  designmode: 'body',
  dynamic: '#editor',
};

export class EditorPage {
  constructor(
    readonly page: Page,
    readonly kind: EditorKind,
  ) {}

  get frame(): Frame {
    return IN_FRAME.includes(this.kind) ? this.page.mainFrame().childFrames()[0] : this.page.mainFrame();
  }

  get editor(): Locator {
    return this.frame.locator(EDITABLE[this.kind]);
  }

  private uiCache: InPageUi | null = null;

  /** The card, badge and textarea underlines, in the (closed) shadow root of the field's document. */
  get ui(): InPageUi {
    this.uiCache ??= new InPageUi(this.page, IN_FRAME.includes(this.kind) ? 0 : null);
    return this.uiCache;
  }

  async goto(): Promise<void> {
    await this.page.goto(`${PAGES}/${this.kind}.html`);
    if (this.kind === 'iframe') await this.page.waitForFunction(() => !!document.querySelector('iframe')?.contentDocument?.querySelector('#editor'));
    if (this.kind === 'designmode') await this.page.waitForSelector('iframe[data-ready]');
    if (this.kind === 'dynamic') await this.page.click('#add');
    if (this.kind === 'tiptap') await this.page.waitForFunction(() => 'editor' in window);
    if (this.kind === 'quill') await this.page.waitForFunction(() => 'quill' in window);
    if (this.kind === 'roosterjs') await this.page.waitForFunction(() => 'rooster' in window);
    if (this.kind === 'tinymce') await this.page.waitForSelector('body[data-ready]');
    if (this.kind === 'lexical') await this.page.waitForFunction(() => 'lexical' in window);
    if (this.kind === 'slate') await this.page.waitForFunction(() => 'slate' in window && !!document.querySelector('[data-slate-editor]'));
    if (this.kind === 'ckeditor') await this.page.waitForFunction(() => 'ckeditor' in window);
  }

  async type(text: string): Promise<void> {
    await this.editor.click();
    await this.page.keyboard.type(text);
  }

  /** The phrases underlined now, in the order found. */
  async underlined(): Promise<string[]> {
    if (this.kind === 'textarea' || this.kind === 'input' || this.kind === 'dynamic') return this.ui.underlines();
    return highlightedTexts(this.frame);
  }

  /**
   * What the editor itself holds, through its own API where it has one: for Lexical its editor
   * state, for Slate editor.children, for CKEditor 5 its model (paragraphs joined by a blank line).
   */
  async text(): Promise<string> {
    return this.frame.evaluate(editorText, this.kind);
  }

  /** The editor's own HTML (what the page would send; Slate has no HTML of its own: its model as JSON). */
  async html(): Promise<string> {
    return this.frame.evaluate((kind) => {
      const w = window as unknown as {
        editor?: { getHTML(): string };
        quill?: { getSemanticHTML(): string };
        rooster?: { getHTML(): string };
        lexical?: { getHTML(): string };
        slate?: { getJSON(): string };
        ckeditor?: { getData(): string };
      };
      if (kind === 'tiptap') return w.editor!.getHTML();
      if (kind === 'quill') return w.quill!.getSemanticHTML();
      if (kind === 'roosterjs') return w.rooster!.getHTML();
      if (kind === 'lexical') return w.lexical!.getHTML();
      if (kind === 'slate') return w.slate!.getJSON();
      if (kind === 'ckeditor') return w.ckeditor!.getData();
      if (kind === 'tinymce') return (window.parent as unknown as { tinymce: { activeEditor: { getContent(o?: object): string } } }).tinymce.activeEditor.getContent();
      const el = (document.querySelector('#editor') ?? document.body) as HTMLTextAreaElement | HTMLElement;
      return 'value' in el ? el.value : el.innerHTML;
    }, this.kind);
  }

  /** The text the editable element shows (its DOM, not the editor's model). */
  async domText(): Promise<string> {
    return this.editor.innerText();
  }

  /** Clicks in the middle of the first occurrence of `phrase` in the field. */
  async clickPhrase(phrase: string): Promise<void> {
    // The underline may be redrawn between finding it and measuring it: measure until it holds still.
    let box: { x: number; y: number; width: number; height: number } | null = null;
    await expect.poll(async () => (box = await this.phraseBox(phrase)) !== null, { message: `"${phrase}" is not in the field` }).toBe(true);
    const b = box!;
    await this.page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
  }

  private async phraseBox(phrase: string): Promise<{ x: number; y: number; width: number; height: number } | null> {
    let box: { x: number; y: number; width: number; height: number } | null;
    if (this.kind === 'textarea' || this.kind === 'input' || this.kind === 'dynamic') {
      box = await this.ui.box('.vl-u', { text: phrase });
    } else {
      box = await this.frame.evaluate(
        ({ phrase, sel }) => {
          const root = document.querySelector(sel)!;
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const i = (n as Text).data.indexOf(phrase);
            if (i < 0) continue;
            const r = document.createRange();
            r.setStart(n, i);
            r.setEnd(n, i + phrase.length);
            const rect = r.getBoundingClientRect();
            const frame = window.frameElement?.getBoundingClientRect();
            return { x: rect.x + (frame?.x ?? 0) + (frame ? 1 : 0), y: rect.y + (frame?.y ?? 0) + (frame ? 1 : 0), width: rect.width, height: rect.height };
          }
          return null;
        },
        { phrase, sel: EDITABLE[this.kind] },
      );
    }
    return box;
  }
}

/**
 * The text under each of the extension's highlights in a page or frame, in reading order. The
 * extension paints StaticRanges, so each becomes a live Range to read and order. Plain loops and
 * push only: the hostile-prototypes page breaks Array.prototype.map, filter and forEach.
 */
export function highlightedTexts(where: Page | Frame): Promise<string[]> {
  return where.evaluate(() => {
    const ranges: Range[] = [];
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('vlens-') || name.endsWith('-active')) continue;
      for (const s of h as unknown as Iterable<AbstractRange>) {
        // Between an edit and the extension's repaint a StaticRange can point past its node's
        // end (the browser just skips painting it). Report that as a reading the poll retries.
        const r = document.createRange();
        try {
          r.setStart(s.startContainer, s.startOffset);
          r.setEnd(s.endContainer, s.endOffset);
        } catch {
          return ['(a highlight from before the last edit)'];
        }
        ranges.push(r);
      }
    }
    // One highlight per lens: put the ranges back in reading order.
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const texts: string[] = [];
    for (const r of ranges) texts.push(String(r.toString()));
    return texts;
  });
}
