/**
 * roosterjs, the editor of Outlook on the web (so of NHSmail), from npm: the content-model
 * editor with its default plugins (its own undo snapshots among them) and its ShortcutPlugin, so
 * Ctrl+Z is roosterjs's undo as in Outlook, not the browser's. Test page only, never bundled
 * into the extension. window.rooster gives the tests the editor's own view of its text.
 */
import { createEditor, exportContent, ShortcutPlugin } from 'roosterjs';

const editor = createEditor(document.querySelector('#editor') as HTMLDivElement, [new ShortcutPlugin()]);
(window as unknown as { rooster: { getText(): string; getHTML(): string } }).rooster = {
  getText: () => exportContent(editor, 'PlainText'),
  getHTML: () => exportContent(editor, 'HTML'),
};
