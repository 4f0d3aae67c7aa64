import { render } from 'preact';
import '../../components/extension-pages.css';
import { Popup, refreshPopup } from '../../extension/pages/Popup.js';

render(<Popup />, document.getElementById('app')!);
void refreshPopup();
