/**
 * Presenter mode, audience side: one slide deck per lens and one of the example letters (slides
 * from site/pages/deck-slides.ts). Every slide is a section with its own id (a URL per slide:
 * present/<lens>.html#slide-3); assets/present.js turns the page into a keyboard-driven deck with
 * reveal steps, full screen and a presenter view in a second window. Speaker notes are only in
 * the presenter view (present/<lens>-presenter.html), never on this page. Without script the
 * slides read as a handout with every answer shown.
 */
import type { BuildContext } from '../context.js';
import { LETTERS_DECK, presentPath, presenterPath } from '../context.js';
import { LENSES, type Lens } from '../../engine/types.js';
import type { Page } from '../layout.js';
import { html } from '../lib/html.js';
import { LENS_LABEL } from '../lib/labels.js';
import { relUrl } from '../lib/paths.js';
import { letterDeckSlides, lensSlides, stepsOf, type Slide } from './deck-slides.js';
import { presenterViewPage } from './presenter-view.js';

/** The audience deck and its presenter view for one lens. */
export function deckPages(ctx: BuildContext, lens: Lens): Page[] {
  const slides = lensSlides(ctx, lens, presentPath(lens));
  return [slideDeck(lens, LENS_LABEL[lens], slides), presenterViewPage(lens, LENS_LABEL[lens], slides)];
}

/** The example letters as a deck, and its presenter view. */
export function lettersDeckPages(ctx: BuildContext): Page[] {
  const slides = letterDeckSlides(ctx, presentPath(LETTERS_DECK));
  return [slideDeck(LETTERS_DECK, 'Example letters', slides), presenterViewPage(LETTERS_DECK, 'Example letters', slides)];
}

function slideDeck(deck: string, title: string, slides: Slide[]): Page {
  const path = presentPath(deck);
  const presenter = relUrl(path, presenterPath(deck));
  const body = html`<div class="vl-deck" id="deck" data-deck="${deck}" data-presenter="${presenter}">
<div class="vl-deck__intro nhsuk-width-container">
  <h1>${title}: slides</h1>
  <p>${slides.length} slides. Press <kbd>Start presenting</kbd>, then use the arrow keys, space or a clicker to move. Some slides ask a question first: the next press reveals the answer.</p>
  <p>Speaker notes are in the <a href="${presenter}">presenter view</a>, which opens in a second window and stays in step with this one: put this window on the projector and the presenter view on your own screen. It works offline and from a copy of the site on your computer; if the two windows do not connect there (some browsers keep files apart), open the presenter view with the <kbd>Presenter view</kbd> button, which always pairs them.</p>
  <button class="nhsuk-button" type="button" id="deck-start" hidden>Start presenting</button>
</div>
${slides.map(
  (s, i) => html`<section class="vl-slide vl-slide--${s.kind}" id="slide-${i + 1}" data-steps="${stepsOf(s)}" aria-label="Slide ${i + 1} of ${slides.length}">
  <div class="vl-slide__body">${s.content}</div>
</section>`,
)}
<div class="vl-deck__controls" id="deck-controls" hidden>
  <button type="button" class="vl-deck__button" id="deck-prev">Back<span class="nhsuk-u-visually-hidden"> one step</span></button>
  <span class="vl-deck__counter" id="deck-counter" aria-live="polite"></span>
  <button type="button" class="vl-deck__button" id="deck-next">Next</button>
  <button type="button" class="vl-deck__button" id="deck-presenter">Presenter view</button>
  <button type="button" class="vl-deck__button" id="deck-fullscreen" aria-pressed="false" hidden>Full screen</button>
  <button type="button" class="vl-deck__button" id="deck-exit">Exit</button>
</div>
</div>`;
  return { path, title: `${title} slides`, body, bare: true, bodyClass: 'vl-present-page', scripts: ['assets/present.js'], breadcrumbs: [{ text: 'Home', path: 'index.html' }, { text: 'Present', path: 'present/index.html' }] };
}

export function presentIndexPage(ctx: BuildContext): Page {
  const path = 'present/index.html';
  const card = (deck: string, title: string, description: string) =>
    html`<li class="nhsuk-card nhsuk-card--clickable"><div class="nhsuk-card__content"><h2 class="nhsuk-card__heading nhsuk-heading-m"><a class="nhsuk-card__link" href="${relUrl(path, presentPath(deck))}">${title}</a></h2><p class="nhsuk-card__description">${description}</p></div></li>`;
  const body = html`<h1>Present</h1>
<p class="nhsuk-body-l">Slide decks for training sessions, one for each lens and one of example letters, made from the same guidance as the rest of the site. They work offline.</p>
<p>Each lens deck states the principle, then walks through the wordings that teach it best. Each slide asks first: the room sees a sentence from a letter and says what they would change. The next press marks the problem and says why, and the one after shows a better version.</p>
<h2>Running a session</h2>
<ul>
<li>Open a deck and press <kbd>Start presenting</kbd>. Move with the arrow keys, space, <kbd>Page Up</kbd> and <kbd>Page Down</kbd> (what most clickers send). <kbd>F</kbd> is full screen, <kbd>Esc</kbd> stops.</li>
<li>Press <kbd>Presenter view</kbd> (or <kbd>P</kbd>) to open a second window with the current and next slide, your notes and a timer. Put the slides on the projector and the presenter view on your own screen: moving in either window moves both. The notes are never on the projected slide.</li>
<li>Every slide has its own address, so you can open a deck at any slide.</li>
</ul>
<p>On your own? <a href="${relUrl(path, 'practice.html')}">Spot the problem</a> gives you short passages to mark, then shows what the guidance says.</p>
<ul class="vl-lens-grid">${LENSES.map((l) => card(l, LENS_LABEL[l], ctx.content.values.find((v) => v.lens === l)?.summary ?? ''))}
${card(LETTERS_DECK, 'Example letters', 'Whole letters: what would you change, what Values Lens marks, and the rewrite.')}</ul>`;
  return { path, title: 'Present', body, breadcrumbs: [{ text: 'Home', path: 'index.html' }] };
}
