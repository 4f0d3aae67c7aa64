import { render } from 'preact';
import '../../components/extension-pages.css';
import '../../extension/pages/page-frame.css';
import '../../extension/pages/insights/insights.css';
import ruleList from 'virtual:rule-list';
import { Insights, refreshInsights } from '../../extension/pages/insights/Insights.js';

render(<Insights ruleset={ruleList} />, document.getElementById('app')!);
void refreshInsights();
