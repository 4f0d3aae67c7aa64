/**
 * roosterjs, the editor of Outlook on the web (so of NHSmail), from npm: the content-model
 * editor with its default plugins (its own undo stack among them). Test page only, never bundled
 * into the extension. window.rooster gives the tests the editor's own view of its text.
 */
import { createEditor, exportContent } from 'roosterjs';

const editor = createEditor(document.querySelector('#editor') as HTMLDivElement);
(window as unknown as { rooster: { getText(): string; getHTML(): string } }).rooster = {
  getText: () => exportContent(editor, 'PlainText'),
  getHTML: () => exportContent(editor, 'HTML'),
};
