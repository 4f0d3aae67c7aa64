import { render } from 'preact';
import '../../components/extension-pages.css';
import { SidePanel, refreshPanel } from '../../extension/pages/SidePanel.js';
import { onReportChanged } from '../../extension/pages/background-client.js';

render(<SidePanel />, document.getElementById('app')!);
void refreshPanel();
onReportChanged(() => void refreshPanel());
