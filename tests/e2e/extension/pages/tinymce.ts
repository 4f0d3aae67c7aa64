/**
 * TinyMCE 6.8 (the last MIT-licensed line; 7 and later are GPL unless licensed otherwise), from
 * npm, in its classic mode: the editable body is in an iframe TinyMCE writes itself. Test page
 * only, never bundled into the extension. Its UI skin is copied next to the page (build-pages.ts):
 * without it the editor has no layout and its iframe cannot be clicked. window.tinymce is
 * TinyMCE's own global.
 */
import tinymce from 'tinymce';
import 'tinymce/models/dom';
import 'tinymce/themes/silver';
import 'tinymce/icons/default';

void tinymce.init({
  selector: '#editor',
  skin_url: 'tinymce-skin',
  content_css: false,
  menubar: false,
  toolbar: false,
  statusbar: false,
  promotion: false,
  branding: false,
  height: 260,
  width: 660,
  setup: (ed) => ed.on('init', () => document.body.setAttribute('data-ready', '')),
});
