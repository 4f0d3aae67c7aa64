/**
 * The check page: the same engine as the extension and the CLI, bundled with the ruleset. The text
 * lives only in the textarea: nothing is stored and nothing is sent.
 */
import { CANDOUR_LABEL, createChecker, LENS_LABEL as LENS_LABELS, LENS_LOOK, planFix, SEVERITY_LABEL as SEVERITY_LABELS } from '../../engine/index.js';
import type { Audience, CandourElement, CompiledRuleset, Finding, LetterSummary } from '../../engine/types.js';
import ruleset from 'virtual:ruleset';

const checker = createChecker(ruleset as CompiledRuleset);
const LENS_LABEL: Record<string, string> = LENS_LABELS;
const LENS_TAG: Record<string, string> = Object.fromEntries(Object.entries(LENS_LOOK).map(([l, look]) => [l, look.tag]));
const SEVERITY_LABEL: Record<string, string> = SEVERITY_LABELS;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** The letter as text nodes and <mark>s; each mark links to its finding. Overlaps keep the first. */
function renderView(text: string, findings: Finding[]): void {
  const view = $('check-view');
  const parts: Node[] = [];
  let at = 0;
  findings.forEach((f, i) => {
    if (f.start < at || f.end <= f.start) return;
    parts.push(document.createTextNode(text.slice(at, f.start)));
    const link = el('a', { href: `#finding-${i + 1}`, className: 'vl-mark-link' }, el('mark', { className: `vl-mark vl-mark--${f.severity}` }, text.slice(f.start, f.end)), el('span', { className: 'nhsuk-u-visually-hidden' }, ` (finding ${i + 1})`));
    parts.push(link);
    at = f.end;
  });
  parts.push(document.createTextNode(text.slice(at)));
  view.replaceChildren(...parts);
}

function suggestionLabel(s: string, actual: string): string {
  return s === '' ? `Delete “${actual}”` : `Use “${s}”`;
}

function renderFindings(findings: Finding[], apply: (f: Finding, i: number) => void): void {
  $('findings').replaceChildren(
    ...findings.map((f, n) => {
      const item = el('li', { id: `finding-${n + 1}`, className: `vl-finding vl-finding--${f.severity}`, tabIndex: -1 });
      const tags = el('div', { className: 'vl-tags' }, el('strong', { className: `nhsuk-tag nhsuk-tag--${LENS_TAG[f.lens]}` }, LENS_LABEL[f.lens]), ' ', el('strong', { className: 'nhsuk-tag nhsuk-tag--grey' }, SEVERITY_LABEL[f.severity]));
      const quote = f.actual ? el('p', { className: 'vl-finding__actual' }, el('q', {}, f.actual), ` (line ${f.line})`) : el('p', { className: 'vl-finding__actual' }, 'The whole letter');
      const message = el('p', {}, f.message);
      const actions = el('div', { className: 'vl-finding__actions' });
      f.suggestions.slice(0, 4).forEach((s, i) => {
        const b = el('button', { type: 'button', className: 'nhsuk-button nhsuk-button--secondary nhsuk-button--small' }, suggestionLabel(s, f.actual));
        b.addEventListener('click', () => apply(f, i));
        actions.append(b);
      });
      const why = el('a', { href: f.url, className: 'vl-finding__why' }, 'Why?', el('span', { className: 'nhsuk-u-visually-hidden' }, ` About “${f.actual || f.message}”`));
      item.append(tags, quote, message, actions, el('p', {}, why));
      return item;
    }),
  );
}

/** What the whole letter is missing (greeting, contact details, other formats): the candour items have their own list. */
function letterChecklist(summary: LetterSummary): HTMLElement[] {
  const items = summary.checklist.filter((c) => c.ruleId !== 'candour-checklist');
  if (!items.length) return [];
  return [
    el('h3', {}, 'Letter checklist'),
    el('ul', { className: 'nhsuk-list vl-candour-list' }, ...items.map((c) => el('li', { className: 'vl-check-missing' }, el('span', { className: 'vl-check-icon', ariaHidden: 'true' }, '✗'), ` ${c.message}`, el('span', { className: 'nhsuk-u-visually-hidden' }, ': missing')))),
  ];
}

function renderSummary(summary: LetterSummary, count: number): void {
  const r = summary.readability;
  const counts = Object.entries(summary.counts).filter(([, n]) => n > 0).map(([lens, n]) => `${LENS_LABEL[lens]} ${n}`);
  $('check-summary').replaceChildren(
    el('h3', {}, 'Summary'),
    el('dl', { className: 'nhsuk-summary-list' },
      ...[
        ['Findings', count ? `${count}${counts.length ? ` (${counts.join(', ')})` : ''}` : 'None'],
        ['Reading age', r.words ? `about ${Math.round(r.readingAge)} years` : '–'],
        ['Words and sentences', `${r.words} words, ${r.sentences} sentences`],
        ['Longest sentence', `${r.longestSentenceWords} words`],
      ].map(([k, v]) => el('div', { className: 'nhsuk-summary-list__row' }, el('dt', { className: 'nhsuk-summary-list__key' }, k), el('dd', { className: 'nhsuk-summary-list__value' }, v)))),
    el('p', { className: 'vl-meta' }, 'Aim for a reading age of about 11 or under: most people read comfortably at that level.'),
    ...letterChecklist(summary),
  );
  const c = summary.candour;
  const box = $('candour-checklist');
  if (!c.applies) {
    box.replaceChildren(el('h3', {}, 'Candour checklist'), el('p', {}, 'This letter does not seem to be about something that went wrong, so the candour checklist does not apply.'));
    return;
  }
  const items = (Object.keys(CANDOUR_LABEL) as CandourElement[]).map((k) => {
    const ok = c.present.includes(k);
    return el('li', { className: ok ? 'vl-check-ok' : 'vl-check-missing' }, el('span', { className: 'vl-check-icon', ariaHidden: 'true' }, ok ? '✓' : '✗'), ` ${CANDOUR_LABEL[k]}`, el('span', { className: 'nhsuk-u-visually-hidden' }, ok ? ': done' : ': missing'));
  });
  box.replaceChildren(el('h3', {}, 'Candour checklist'), el('p', {}, 'This letter is about something that went wrong. A candour letter should:'), el('ul', { className: 'nhsuk-list vl-candour-list' }, ...items));
}

/**
 * Replaces [start, end) through the browser's own editing so Ctrl+Z in the textarea undoes it
 * (setRangeText and .value are not on the undo stack). Falls back to setRangeText where the
 * editing command is unavailable.
 */
function applyThroughEditing(textarea: HTMLTextAreaElement, start: number, end: number, insert: string): void {
  textarea.focus({ preventScroll: true });
  textarea.setSelectionRange(start, end);
  const done = insert === '' ? document.execCommand('delete', false) : document.execCommand('insertText', false, insert);
  if (!done) textarea.setRangeText(insert, start, end, 'end');
}

function init(): void {
  const form = $<HTMLFormElement>('check-form');
  if (!form) return;
  const textarea = $<HTMLTextAreaElement>('letter-text');
  const audience = $<HTMLSelectElement>('audience');
  const status = $('check-status');
  let checked = false;

  const run = (announce: string | null, focusResults: boolean) => {
    const text = textarea.value;
    if (!text.trim()) {
      $('check-results').hidden = true;
      status.textContent = 'Paste or type a letter first.';
      return;
    }
    const { findings, summary } = checker.analyse(text, { audience: audience.value as Audience });
    renderView(text, findings);
    renderFindings(findings, (f, i) => {
      // The findings may be older than the text (a click within the live re-check's delay): the
      // shared planFix refuses offsets whose words have moved, and never plans an empty edit.
      const plan = planFix(textarea.value, f, i);
      if (plan.kind === 'stale') return run('The letter has changed since this check, so nothing was changed. The findings are updated.', true);
      if (plan.kind === 'unchanged') return run(`Nothing to change in “${f.actual}”.`, true);
      applyThroughEditing(textarea, plan.edit.start, plan.edit.end, plan.edit.insert);
      run(`Changed “${f.actual}” to “${plan.replacement || '(deleted)'}”. Press Ctrl+Z in the letter to undo.`, true);
    });
    renderSummary(summary, findings.length);
    $('check-results').hidden = false;
    checked = true;
    status.textContent = `${announce ? `${announce} ` : ''}${findings.length ? `${findings.length} finding${findings.length === 1 ? '' : 's'}.` : 'No findings.'}`;
    if (focusResults) $('results-heading').focus();
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault(); // the form has nowhere to go (method="dialog", unnamed controls): belt and braces
    run(null, true);
  });
  let timer = 0;
  const live = () => {
    if (!checked) return;
    clearTimeout(timer);
    timer = window.setTimeout(() => run(null, false), 400);
  };
  textarea.addEventListener('input', live);
  audience.addEventListener('change', live);
}

init();
