import Quill from 'quill';

const quill = new Quill('#editor', { theme: 'snow' });
(window as unknown as { quill: Quill }).quill = quill;
