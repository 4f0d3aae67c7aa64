import { render } from 'preact';
import '../../components/extension-pages.css';
import ruleList from 'virtual:rule-list';
import { Options, refreshOptions } from '../../extension/pages/Options.js';

render(<Options ruleset={ruleList} />, document.getElementById('app')!);
void refreshOptions();
