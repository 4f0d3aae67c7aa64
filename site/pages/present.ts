/**
 * Presenter mode: one slide deck per lens, and one of the example letters, generated from the content. For each of a few rules:
 * spot the problem, reveal what is wrong and why, then the better version. Every slide is a
 * section with its own id (a URL per slide: present/<lens>.html#slide-3) and speaker notes;
 * assets/present.js turns the page into a keyboard-driven deck. Without script it reads as a handout.
 */
import type { RuleDoc } from '../../compiler/rule-file.js';
import type { LetterDoc } from '../../compiler/page-files.js';
import { inlineText, sections } from '../../compiler/markdown.js';
import { applySuggestion } from '../../engine/index.js';
import { LENSES, type Lens } from '../../engine/types.js';
import { LETTERS_DECK, presentPath, type BuildContext } from '../context.js';
import type { Page } from '../layout.js';
import { html, type Html } from '../lib/html.js';
import { AUDIENCE_ONE, CONSTITUTION_LABEL, LENS_LABEL, LETTER_TYPE_LABEL } from '../lib/labels.js';
import { markedText } from '../lib/parts.js';
import { letterPath, relUrl, rulePath, valuePath } from '../lib/paths.js';

interface Slide {
  kind: string;
  content: Html;
  notes: string;
}

/** How many rules a lens deck walks through: enough for a 15-minute session. */
const RULES_PER_DECK = 4;

function whyText(rule: RuleDoc): string {
  const why = sections(rule.tree.children, 2).get('why');
  return why ? why.children.map((n) => inlineText([n])).join(' ').replace(/\s+/g, ' ').trim() : rule.message;
}

function ruleSlides(ctx: BuildContext, rule: RuleDoc, page: string): Slide[] {
  const ex = rule.examples.find((e) => e.kind === 'flag');
  if (!ex) return [];
  const checker = ctx.checker;
  const found = checker.check(ex.text, { audience: ex.audience }).filter((f) => f.ruleId === rule.id && f.suggestions.length);
  // Apply from the end so earlier offsets stay valid.
  const better = found.length ? [...found].sort((a, b) => b.start - a.start).reduce((t, f) => applySuggestion(t, f, 0), ex.text) : null;
  const fine = rule.examples.find((e) => e.kind === 'fine');
  const why = whyText(rule);
  return [
    { kind: 'question', content: html`<p class="vl-slide__kicker">Spot the problem</p><blockquote class="vl-slide__quote">${ex.text}</blockquote><p>What would you change, and why?</p>`, notes: `Give the room a minute. The wording to spot: ${ex.marks.map((m) => `"${ex.text.slice(m.start, m.end)}"`).join(', ')}.` },
    { kind: 'reveal', content: html`<p class="vl-slide__kicker">What is wrong: ${rule.title}</p><blockquote class="vl-slide__quote">${markedText(ex.text, ex.marks)}</blockquote><p>${rule.message}</p>`, notes: why },
    {
      kind: 'better',
      content: html`<p class="vl-slide__kicker">A better version</p><blockquote class="vl-slide__quote vl-slide__quote--better">${better ?? fine?.text ?? ''}</blockquote><p class="vl-slide__small">More: <a href="${relUrl(page, rulePath(rule.id))}">${rule.title}</a></p>`,
      notes: better ? 'This is the suggested wording applied. Ask whether it still sounds like the writer, and what else they might say.' : 'A version that keeps the meaning without the problem.',
    },
  ];
}

function deckSlides(ctx: BuildContext, lens: Lens, page: string): Slide[] {
  const value = ctx.content.values.find((v) => v.lens === lens);
  const title = LENS_LABEL[lens];
  const rules = (ctx.rulesByLens.get(lens) ?? []).filter((r) => r.check === 'phrase' && r.examples.some((e) => e.kind === 'flag')).slice(0, RULES_PER_DECK);
  const firstPara = value?.tree.children.find((n) => n.type === 'paragraph');
  return [
    { kind: 'title', content: html`<h1 class="vl-slide__title">${title}</h1><p class="vl-slide__lead">${value?.summary ?? ''}</p>`, notes: `Introduce the ${title.toLowerCase()} lens. This deck looks at ${rules.length} kinds of wording.` },
    {
      kind: 'principle',
      content: html`<p class="vl-slide__kicker">The principle</p><p class="vl-slide__lead">${firstPara ? inlineText([firstPara]) : value?.summary ?? ''}</p><p class="vl-slide__small">NHS Constitution: ${(value?.constitution ?? []).map((c) => CONSTITUTION_LABEL[c] ?? c).join(', ')}</p>`,
      notes: value ? `The ${title.toLowerCase()} page says more: ${value.summary}` : '',
    },
    ...rules.flatMap((r) => ruleSlides(ctx, r, page)),
    { kind: 'end', content: html`<p class="vl-slide__kicker">Find out more</p><p class="vl-slide__lead"><a href="${relUrl(page, valuePath(lens))}">What ${title.toLowerCase()} means in a letter</a>, and every rule in this lens.</p>`, notes: 'Suggest people paste one of their own recent letters into Check a letter after the session.' },
  ];
}

export function deckPage(ctx: BuildContext, lens: Lens): Page {
  const path = presentPath(lens);
  return slideDeck(path, LENS_LABEL[lens], deckSlides(ctx, lens, path));
}

/**
 * The example letters as a deck: for each letter, the letter as sent (what would you change?), the
 * same letter with what Values Lens flags marked, and the rewrite with what changed in the notes.
 */
export function lettersDeckPage(ctx: BuildContext): Page {
  const path = presentPath(LETTERS_DECK);
  const slides: Slide[] = [
    {
      kind: 'title',
      content: html`<h1 class="vl-slide__title">Example letters</h1><p class="vl-slide__lead">${ctx.content.letters.length} letters as a busy writer might send them, and after a rewrite.</p>`,
      notes: 'For each letter: read it as the person receiving it would, ask the room what they would change, then show what Values Lens marks and the rewrite.',
    },
    ...ctx.content.letters.flatMap((letter) => letterSlides(ctx, letter, path)),
    {
      kind: 'end',
      content: html`<p class="vl-slide__kicker">Find out more</p><p class="vl-slide__lead"><a href="${relUrl(path, 'letters/index.html')}">Every example letter</a>, side by side, with each change explained.</p>`,
      notes: 'Suggest people paste one of their own recent letters into Check a letter after the session.',
    },
  ];
  return slideDeck(path, 'Example letters', slides);
}

function letterSlides(ctx: BuildContext, letter: LetterDoc, page: string): Slide[] {
  const marks = ctx.checker
    .check(letter.before, { audience: letter.audience })
    .filter((f) => f.end > f.start && f.end - f.start < 200)
    .map((f) => ({ start: f.start, end: f.end }));
  const changes = letter.changes.map((c, i) => `${i + 1}. ${inlineText(c.note.children).replace(/\s+/g, ' ').trim()}`).join(' ');
  const who = `${LETTER_TYPE_LABEL[letter.type] ?? letter.type}, to ${AUDIENCE_ONE[letter.audience]}`;
  // Long letters scroll inside the slide; a scrolling region needs to take focus for keyboard users.
  const letterBox = (label: string, body: Html | string, better = false) =>
    html`<blockquote class="vl-slide__quote vl-slide__letter${better ? ' vl-slide__quote--better' : ''}" tabindex="0" aria-label="${label}">${body}</blockquote>`;
  return [
    { kind: 'question', content: html`<p class="vl-slide__kicker">${letter.title}: what would you change?</p><p class="vl-slide__small">${who}</p>${letterBox('The letter as sent', letter.before)}`, notes: `${letter.summary} Give the room a minute to read it as the person receiving it.` },
    { kind: 'reveal', content: html`<p class="vl-slide__kicker">What Values Lens marks</p>${letterBox('The letter as sent, with what Values Lens marks', markedText(letter.before, marks))}`, notes: `${marks.length} passages marked. The changes: ${changes}` },
    { kind: 'better', content: html`<p class="vl-slide__kicker">After a rewrite</p>${letterBox('The letter after a rewrite', letter.after, true)}<p class="vl-slide__small">More: <a href="${relUrl(page, letterPath(letter.id))}">${letter.title}, side by side</a></p>`, notes: `What changed: ${changes}` },
  ];
}

function slideDeck(path: string, title: string, slides: Slide[]): Page {
  const body = html`<div class="vl-deck" id="deck" data-title="${title}">
<div class="vl-deck__intro nhsuk-width-container">
  <h1>${title}: slides</h1>
  <p>${slides.length} slides. Press <kbd>Start presenting</kbd>, then use the arrow keys or space to move, <kbd>N</kbd> for speaker notes and <kbd>Esc</kbd> to stop.</p>
  <button class="nhsuk-button" type="button" id="deck-start" hidden>Start presenting</button>
</div>
${slides.map(
  (s, i) => html`<section class="vl-slide vl-slide--${s.kind}" id="slide-${i + 1}" aria-label="Slide ${i + 1} of ${slides.length}">
  <div class="vl-slide__body">${s.content}</div>
  <aside class="vl-notes" aria-label="Speaker notes"><h2 class="vl-notes__title">Speaker notes</h2><p>${s.notes}</p></aside>
</section>`,
)}
<div class="vl-deck__controls" id="deck-controls" hidden>
  <button type="button" class="vl-deck__button" id="deck-prev">Previous<span class="nhsuk-u-visually-hidden"> slide</span></button>
  <span class="vl-deck__counter" id="deck-counter" aria-live="polite"></span>
  <button type="button" class="vl-deck__button" id="deck-next">Next<span class="nhsuk-u-visually-hidden"> slide</span></button>
  <button type="button" class="vl-deck__button" id="deck-notes" aria-pressed="false">Notes</button>
  <button type="button" class="vl-deck__button" id="deck-exit">Exit</button>
</div>
</div>`;
  return { path, title: `${title} slides`, body, bare: true, bodyClass: 'vl-present-page', scripts: ['assets/present.js'], breadcrumbs: [{ text: 'Home', path: 'index.html' }, { text: 'Present', path: 'present/index.html' }] };
}

export function presentIndexPage(ctx: BuildContext): Page {
  const path = 'present/index.html';
  const body = html`<h1>Present</h1>
<p class="nhsuk-body-l">Slide decks for training sessions, one for each lens and one of example letters, made from the same guidance as the rest of the site. They work offline.</p>
<p>Each deck states the principle, then for a few rules shows a flagged example, reveals what is wrong and why, and shows a better version. Use the arrow keys or space to move, <kbd>N</kbd> for speaker notes and <kbd>Esc</kbd> to stop. Every slide has its own address, so you can open a deck at any slide.</p>
<ul class="vl-lens-grid">${LENSES.map((l) => html`<li class="nhsuk-card nhsuk-card--clickable"><div class="nhsuk-card__content"><h2 class="nhsuk-card__heading nhsuk-heading-m"><a class="nhsuk-card__link" href="${relUrl(path, presentPath(l))}">${LENS_LABEL[l]}</a></h2><p class="nhsuk-card__description">${ctx.content.values.find((v) => v.lens === l)?.summary ?? ''}</p></div></li>`)}
<li class="nhsuk-card nhsuk-card--clickable"><div class="nhsuk-card__content"><h2 class="nhsuk-card__heading nhsuk-heading-m"><a class="nhsuk-card__link" href="${relUrl(path, presentPath(LETTERS_DECK))}">Example letters</a></h2><p class="nhsuk-card__description">Whole letters: what would you change, what Values Lens marks, and the rewrite.</p></div></li></ul>`;
  return { path, title: 'Present', body, breadcrumbs: [{ text: 'Home', path: 'index.html' }] };
}
