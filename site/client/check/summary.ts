/** The letter as a whole: counts, reading age, what the letter is missing, and the candour checklist. */
import { CANDOUR_LABEL } from '../../../engine/index.js';
import type { CandourElement, LetterSummary } from '../../../engine/types.js';
import { LENS_LABEL } from '../../lib/labels.js';
import { byId, el } from './dom.js';

/** What the whole letter is missing (greeting, contact details, other formats): the candour items have their own list. */
function letterChecklist(summary: LetterSummary): HTMLElement[] {
  const items = summary.checklist.filter((c) => c.kind === 'letter');
  if (!items.length) return [];
  return [
    el('h3', {}, 'Letter checklist'),
    el('ul', { className: 'nhsuk-list vl-candour-list' }, ...items.map((c) => el('li', { className: 'vl-check-missing' }, el('span', { className: 'vl-check-icon', ariaHidden: 'true' }, '✗'), ` ${c.message}`, el('span', { className: 'nhsuk-u-visually-hidden' }, ': missing')))),
  ];
}

export function renderSummary(summary: LetterSummary, count: number): void {
  const r = summary.readability;
  const counts = Object.entries(summary.counts).filter(([, n]) => n > 0).map(([lens, n]) => `${LENS_LABEL[lens as keyof typeof LENS_LABEL]} ${n}`);
  byId('check-summary').replaceChildren(
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
  const box = byId('candour-checklist');
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
