/// <reference path="../../extension/protocol/rule-list.d.ts" />
import { render } from 'preact';
import '../../components/extension-pages.css';
import ruleList from 'virtual:rule-list';
import { Options, refreshOptions } from '../../components/Options.js';

render(<Options ruleset={ruleList} />, document.getElementById('app')!);
void refreshOptions();
