/** About: how it works, privacy, sources, not an official NHS product. */
import type { BuildContext } from '../context.js';
import type { Page } from '../layout.js';
import { html } from '../lib/html.js';

export function aboutPage(ctx: BuildContext): Page {
  const sources = [...ctx.content.sources.values()].sort((a, b) => a.title.localeCompare(b.title));
  const body = html`<h1>About Values Lens</h1>
<div class="nhsuk-warning-callout"><h2 class="nhsuk-warning-callout__label"><span role="text"><span class="nhsuk-u-visually-hidden">Important: </span>Not an official NHS product</span></h2>
<p>Values Lens is an independent tool. It is not made, checked or endorsed by the NHS, and it does not replace your organisation's own guidance or clinical judgement.</p></div>
<h2 id="how-it-works">How it works</h2>
<p>All the guidance lives in plain Markdown files: one file for each of the four lenses, one for each rule, and one for each example letter. A build step turns them into a compact rule set, these pages, the browser extension's explanations and the command-line checker. So the page you read and the check you run always say the same thing.</p>
<p>Each rule looks for a kind of wording (for example "failed to attend") or looks at the letter as a whole (for example very long sentences, or a letter about something that went wrong that does not say sorry). Every rule comes with examples that it must flag and examples it must leave alone, and these are tested on every build.</p>
<h2 id="privacy">Privacy</h2>
<p>Everything runs in your browser, on your device. The letter you paste into <a href="check.html">Check a letter</a> is not stored and not sent anywhere: the site makes no network requests except for its own files, and it works offline, even opened from a zip file.</p>
<h2 id="sources">Sources</h2>
<p>The rules draw on these sources. Each rule page lists the ones it relies on.</p>
<ul class="vl-sources">${sources.map((s) => html`<li><a href="${s.url}">${s.title}</a></li>`)}</ul>`;
  return { path: 'about.html', title: 'About', body, breadcrumbs: [{ text: 'Home', path: 'index.html' }] };
}
