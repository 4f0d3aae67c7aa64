import { render } from 'preact';
import '../../components/extension-pages.css';
import '../../extension/pages/page-frame.css';
import { WhyPage, showRuleFromHash } from '../../extension/pages/WhyPage.js';

render(<WhyPage />, document.getElementById('app')!);
void showRuleFromHash();
window.addEventListener('hashchange', () => void showRuleFromHash());
