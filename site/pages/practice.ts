/**
 * "Spot the problem": practice for new starters. One short passage at a time; the learner marks
 * the words they would change, checks, and sees what the guidance says and why, with a running
 * score. assets/practice.js does the marking; without script every passage shows with its answer
 * under "What the guidance says". Nothing is stored: the score lasts as long as the tab.
 */
import type { BuildContext } from '../context.js';
import type { Page } from '../layout.js';
import { html } from '../lib/html.js';
import { AUDIENCE_ONE } from '../lib/labels.js';
import { markedText } from '../lib/parts.js';
import { relUrl, rulePath } from '../lib/paths.js';
import { practicePassages, type Passage } from './practice-passages.js';

const PATH = 'practice.html';

function passage(p: Passage, i: number, total: number) {
  const answer = p.answers.length
    ? html`<p>The guidance would change ${p.answers.length === 1 ? 'one thing' : `${p.answers.length} things`}:</p>
<blockquote class="vl-practice__marked">${markedText(p.text, p.answers)}</blockquote>
<ul class="vl-practice__answers">${p.answers.map((a) => html`<li data-start="${a.start}" data-end="${a.end}"><q>${p.text.slice(a.start, a.end)}</q>: <a href="${relUrl(PATH, rulePath(a.ruleId))}">${a.title}</a>. ${a.message}</li>`)}</ul>`
    : html`<p>Nothing here: the guidance would not change this passage. It is a near-miss, written the way the guidance asks.</p>`;
  return html`<section class="vl-practice__item" id="passage-${i + 1}" aria-labelledby="passage-${i + 1}-title">
<h2 class="nhsuk-heading-s vl-practice__count" id="passage-${i + 1}-title">Passage ${i + 1} of ${total}</h2>
<p class="vl-practice__source">${p.source}. Written to ${AUDIENCE_ONE[p.audience]}.</p>
<p class="vl-practice__text" data-text="${p.text}">${p.text}</p>
<details class="vl-practice__answer"><summary>What the guidance says</summary>${answer}</details>
</section>`;
}

export function practicePage(ctx: BuildContext): Page {
  const passages = practicePassages(ctx);
  const body = html`<h1>Spot the problem</h1>
<p class="nhsuk-body-l">Practice for new starters: short passages from letters to patients. Mark the words you would change, then check what the guidance says and why.</p>
<div class="vl-practice__how">
<p>Select a word to mark it, and select it again to unmark it. With a keyboard: <kbd>Tab</kbd> to the passage, the arrow keys to move from word to word, <kbd>Space</kbd> to mark. Then choose <strong>Check my answer</strong>. Some passages have nothing to change.</p>
<p>Nothing is saved or sent: your score lasts until you close or reload this page, and the page works offline.</p>
</div>
<p class="vl-practice__score" id="practice-score" aria-live="polite" hidden></p>
<div class="vl-practice" id="practice">${passages.map((p, i) => passage(p, i, passages.length))}</div>`;
  return { path: PATH, title: 'Spot the problem', description: 'Practice: mark what you would change in short passages from letters, then see what the guidance says.', body, scripts: ['assets/practice.js'], breadcrumbs: [{ text: 'Home', path: 'index.html' }, { text: 'Present', path: 'present/index.html' }] };
}
