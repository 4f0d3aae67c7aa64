import { render } from 'preact';
import '../../extension/pages/options/options.scss';
import ruleList from 'virtual:rule-list';
import { OptionsPage, refreshOptions } from '../../extension/pages/options/OptionsPage.js';

render(<OptionsPage ruleset={ruleList} />, document.getElementById('app')!);
void refreshOptions();
