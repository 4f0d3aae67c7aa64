import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

const editor = new Editor({ element: document.querySelector('#editor')!, extensions: [StarterKit], content: '<p></p>' });
(window as unknown as { editor: Editor }).editor = editor;
