/**
 * "Get the extension": what the browser extension does, how to install it in Chrome, Edge and
 * Firefox, how a trust deploys it, and what it stores (nothing of letters). The deployment guide
 * lives in the repository (docs/deploy.md), not on the site, so it is named as a path, not linked.
 */
import type { BuildContext } from '../context.js';
import type { Page } from '../layout.js';
import { html } from '../lib/html.js';
import { LENS_LABEL } from '../lib/labels.js';
import { LENSES } from '../../engine/types.js';

export const EXTENSION_PAGE = 'extension.html';

/** The line style of each lens's underline, so the page says what the clinician will see. */
const LINE: Record<(typeof LENSES)[number], string> = { candour: 'wavy', compassion: 'double', respect: 'dashed', clarity: 'dotted' };

export function extensionPage(ctx: BuildContext): Page {
  const body = html`<h1>Get the browser extension</h1>
<p class="nhsuk-body-l">The Values Lens extension checks what you type to patients in web pages, such as webmail, patient portals and messaging tools, as you type. It uses the same ${ctx.content.rules.length} rules as this site.</p>
<h2 id="what-it-does">What it does</h2>
<ul>
  <li>Underlines wording worth a second look in any text box, a quarter of a second after you stop typing. Each lens has its own colour and line: ${LENSES.map((l, i) => html`${i ? ', ' : ''}${LENS_LABEL[l].toLowerCase()} ${LINE[l]}`)}.</li>
  <li>Click an underlined phrase, or press <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>N</kbd>, to see why it was flagged and the suggested wording. A suggestion replaces the words through the editor, so <kbd>Ctrl</kbd>+<kbd>Z</kbd> undoes it.</li>
  <li>The side panel shows every finding in the letter, its reading age and, for a letter about something that went wrong, a candour checklist.</li>
  <li>Each finding links to its rule's guidance page, which comes inside the extension and works offline.</li>
</ul>
<h2 id="install">How to install it</h2>
<div class="nhsuk-inset-text"><span class="nhsuk-u-visually-hidden">Information: </span><p>At work, ask your IT team first. Most NHS organisations manage the extensions on their computers, and they may already have installed Values Lens for you.</p></div>
<p>Values Lens is not in the browser stores. The extension is built from its source code (<code>npm run build:extension</code>), which gives a folder and a zip file for each browser. To try it on your own computer:</p>
<h3 id="chrome">Google Chrome</h3>
<ol>
  <li>Go to <code>chrome://extensions</code> and turn on <strong>Developer mode</strong>.</li>
  <li>Select <strong>Load unpacked</strong> and choose the <code>chrome-mv3</code> folder.</li>
  <li>Pin Values Lens from the extensions (jigsaw) menu so its button is always visible.</li>
</ol>
<h3 id="edge">Microsoft Edge</h3>
<ol>
  <li>Go to <code>edge://extensions</code> and turn on <strong>Developer mode</strong>.</li>
  <li>Select <strong>Load unpacked</strong> and choose the same <code>chrome-mv3</code> folder: Edge runs the Chrome build.</li>
</ol>
<h3 id="firefox">Mozilla Firefox</h3>
<ol>
  <li>Go to <code>about:debugging#/runtime/this-firefox</code>.</li>
  <li>Select <strong>Load Temporary Add-on</strong> and choose <code>manifest.json</code> in the <code>firefox-mv2</code> folder. It stays until Firefox closes; a trust can install a signed copy for good.</li>
</ol>
<h2 id="for-trusts">How a trust deploys it</h2>
<p>IT teams install the extension on managed computers with the browsers' own enterprise policies (Chrome and Edge extension install policies, Firefox's <code>policies.json</code>), and can set it up with a managed policy:</p>
<ul>
  <li>the sites where it runs (for example only your webmail and patient portal)</li>
  <li>who letters are written to by default, and the reading-age target</li>
  <li>lenses that start switched off, and rules clinicians cannot turn off</li>
  <li>your organisation's own phrases, with the wording to use instead</li>
</ul>
<p>The deployment guide is in the Values Lens source code, at <code>docs/deploy.md</code>.</p>
<h2 id="privacy">What it stores</h2>
<p><strong>Nothing of your letters.</strong> The extension checks the text on your device and never sends it anywhere: it makes no network requests at all, and has no analytics. What it keeps, in the browser on your computer:</p>
<ul>
  <li>your settings, and any phrases your organisation added</li>
  <li>findings you chose to ignore, stored as a one-way code that cannot be turned back into your words</li>
  <li>how many times each rule was flagged each day (a rule name, a date and a number)</li>
</ul>
<p>It needs permission to read text boxes on web pages, because that is where you write, and does nothing on a page until you click into a text box. <a href="about.html#privacy">More about privacy</a>.</p>
<div class="nhsuk-inset-text"><span class="nhsuk-u-visually-hidden">Information: </span><p>Values Lens is not an official NHS product. It points at wording worth a second look; you decide what to change.</p></div>`;
  return {
    path: EXTENSION_PAGE,
    title: 'Get the extension',
    description: 'Install the Values Lens browser extension in Chrome, Edge or Firefox. It checks letters as you type and stores nothing you write.',
    body,
    breadcrumbs: [{ text: 'Home', path: 'index.html' }],
  };
}
