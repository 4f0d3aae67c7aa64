/**
 * Lexical (Meta's editor framework, MIT), from npm, with no React: the core editor, rich text
 * (paragraphs, headings) and its history, so Ctrl+Z is Lexical's own undo, not the browser's. Lexical
 * takes every beforeinput itself (it cancels it and writes its own DOM from its model). Test page
 * only, never bundled into the extension. window.lexical gives the tests the editor itself and its
 * own view of its text: the editor state (getEditorState), not the DOM.
 */
import { $getRoot, createEditor, type LexicalEditor } from 'lexical';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { $generateHtmlFromNodes } from '@lexical/html';

const editor = createEditor({
  namespace: 'values-lens-test',
  nodes: [HeadingNode, QuoteNode],
  onError: (e) => {
    throw e;
  },
});
editor.setRootElement(document.querySelector('#editor') as HTMLDivElement);
registerRichText(editor);
// Lexical's own default: edits of one kind within a second merge into one undo step.
registerHistory(editor, createEmptyHistoryState(), 1000);

(window as unknown as { lexical: { editor: LexicalEditor; getText(): string; getHTML(): string } }).lexical = {
  editor,
  getText: () => editor.getEditorState().read(() => $getRoot().getTextContent()),
  getHTML: () => editor.getEditorState().read(() => $generateHtmlFromNodes(editor, null)),
};
