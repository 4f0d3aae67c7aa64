/**
 * CKEditor 5, from npm (the `ckeditor5` package), in its classic build with only Essentials
 * (typing, Enter, clipboard, undo) and paragraphs, so Ctrl+Z is CKEditor's own undo. CKEditor takes
 * beforeinput itself and renders its DOM from its model.
 *
 * Licence: CKEditor 5 is GPL-2.0-or-later or commercial. It is a devDependency used by this test
 * page only: it is never bundled into the extension, the site or the CLI (they are MIT), and nothing
 * of it is distributed. `licenseKey: 'GPL'` is CKEditor's key for GPL use; with it the editor runs
 * offline and makes no licence request (the e2e fixture fails any request that leaves the machine).
 * window.ckeditor is the editor, whose model (getData, the model root) the tests read.
 */
import { ClassicEditor, Essentials, Paragraph } from 'ckeditor5';

void ClassicEditor.create(document.querySelector('#editor') as HTMLElement, {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph],
  toolbar: [],
}).then((editor) => {
  (window as unknown as { ckeditor: ClassicEditor }).ckeditor = editor;
});
