/**
 * Slate (MIT), from npm: slate-react's Editable in React 19 (react-dom), with slate-history, so
 * Ctrl+Z is Slate's own undo. Slate applies typing from beforeinput through its own operations and
 * re-renders the DOM from its model. Test page only, never bundled into the extension. Plain
 * createElement calls, not JSX: the project's JSX is Preact's. window.slate gives the tests the
 * editor and its own view of its text: editor.children (the model), not the DOM.
 */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Node, type Descendant, type Editor } from 'slate';
import { Editable, Slate, withReact, type RenderElementProps } from 'slate-react';
import { withHistory } from 'slate-history';

const editor = withHistory(withReact(createEditor()));
const initialValue = [{ type: 'paragraph', children: [{ text: '' }] }] as unknown as Descendant[];
const renderElement = ({ attributes, children }: RenderElementProps) => createElement('p', attributes, children);

createRoot(document.querySelector('#editor')!).render(
  createElement(Slate, { editor, initialValue, children: createElement(Editable, { renderElement, 'aria-label': 'Message', spellCheck: false }) }),
);

(window as unknown as { slate: { editor: Editor; getText(): string; getJSON(): string } }).slate = {
  editor,
  // Paragraphs joined by a blank line, as the extension reads blocks and as Lexical's getTextContent does.
  getText: () => editor.children.map((n) => Node.string(n)).join('\n\n'),
  getJSON: () => JSON.stringify(editor.children),
};
