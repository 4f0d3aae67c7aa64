/**
 * What an editor on a test page holds, read through its own API where it has one (TipTap, Quill,
 * roosterjs, Lexical's editor state, Slate's editor.children, CKEditor 5's model with paragraphs
 * joined by a blank line, TinyMCE from the frame inside it), else the field's value or text.
 * Runs in the page: pass it to `evaluate` with the editor's kind (Playwright in Chromium and
 * puppeteer-core in Firefox both do), so it must not use anything from outside its own body.
 */
export function editorText(kind: string): string {
  const w = window as unknown as {
    editor?: { getText(): string };
    quill?: { getText(): string };
    rooster?: { getText(): string };
    lexical?: { getText(): string };
    slate?: { getText(): string };
    ckeditor?: { model: { document: { getRoot(): { getChildren(): Iterable<{ getChildren(): Iterable<{ data?: string }> }> } } } };
  };
  if (kind === 'tiptap') return w.editor!.getText();
  if (kind === 'quill') return w.quill!.getText().replace(/\n$/, '');
  if (kind === 'roosterjs') return w.rooster!.getText();
  if (kind === 'lexical') return w.lexical!.getText();
  if (kind === 'slate') return w.slate!.getText();
  if (kind === 'ckeditor') {
    const blocks: string[] = [];
    for (const block of w.ckeditor!.model.document.getRoot().getChildren()) {
      let t = '';
      for (const leaf of block.getChildren()) t += leaf.data ?? '';
      blocks.push(t);
    }
    return blocks.join('\n\n');
  }
  if (kind === 'tinymce') return (window.parent as unknown as { tinymce: { activeEditor: { getContent(o?: object): string } } }).tinymce.activeEditor.getContent({ format: 'text' });
  const el = (document.querySelector('#editor') ?? document.body) as HTMLTextAreaElement | HTMLElement;
  return 'value' in el ? el.value : el.innerText;
}
