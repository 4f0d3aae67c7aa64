/**
 * The presenter view of a deck: a page for the presenter's own screen, opened from the audience
 * window (or on its own). It carries the slides and their notes in a <template>;
 * assets/presenter-view.js shows the current slide, what comes next, the notes for the current step
 * and a timer, and keeps in step with the audience window (see site/client/deck-sync.ts).
 */
import { presentPath, presenterPath } from '../context.js';
import type { Page } from '../layout.js';
import { html } from '../lib/html.js';
import { relUrl } from '../lib/paths.js';
import { stepsOf, type Slide } from './deck-slides.js';

export function presenterViewPage(deck: string, title: string, slides: Slide[]): Page {
  const path = presenterPath(deck);
  const audience = relUrl(path, presentPath(deck));
  const body = html`<div class="vl-presenter" id="presenter" data-deck="${deck}" data-audience="${audience}">
<div class="vl-presenter__bar">
  <h1 class="vl-presenter__title">${title}: presenter view</h1>
  <p class="vl-presenter__counter" id="pv-counter" aria-live="polite"></p>
  <p class="vl-presenter__timer"><span class="nhsuk-u-visually-hidden">Time since you started: </span><span id="pv-timer" role="timer">0:00</span></p>
  <div class="vl-presenter__buttons">
    <button type="button" class="vl-deck__button" id="pv-prev">Back<span class="nhsuk-u-visually-hidden"> one step</span></button>
    <button type="button" class="vl-deck__button" id="pv-next">Next</button>
    <button type="button" class="vl-deck__button" id="pv-pause" aria-pressed="false">Pause timer</button>
    <button type="button" class="vl-deck__button" id="pv-reset">Reset timer</button>
    <button type="button" class="vl-deck__button" id="pv-audience">Open slides window</button>
  </div>
  <p class="vl-presenter__link" id="pv-link" aria-live="polite">Slides window: not connected.</p>
</div>
<noscript><p class="nhsuk-width-container">The presenter view needs JavaScript. The <a href="${audience}">slides</a> read as a handout without it.</p></noscript>
<div class="vl-presenter__grid">
  <section class="vl-presenter__pane vl-presenter__pane--now" aria-labelledby="pv-now-title"><h2 class="vl-presenter__pane-title" id="pv-now-title">On screen now</h2><div class="vl-presenter__screen" id="pv-now"></div></section>
  <section class="vl-presenter__pane vl-presenter__pane--notes" aria-labelledby="pv-notes-title"><h2 class="vl-presenter__pane-title" id="pv-notes-title">Notes</h2><div id="pv-notes"></div></section>
  <section class="vl-presenter__pane vl-presenter__pane--next" aria-labelledby="pv-next-title"><h2 class="vl-presenter__pane-title" id="pv-next-title">Next</h2><div class="vl-presenter__screen vl-presenter__screen--small" id="pv-upnext" inert></div></section>
</div>
<template id="pv-slides">${slides.map(
  (s) => html`<section class="vl-slide vl-slide--${s.kind}" data-steps="${stepsOf(s)}" data-label="${s.label}">
  <div class="vl-slide__body">${s.content}</div>
  <ol class="vl-presenter__notes">${s.notes.map((n, i) => html`<li data-note-step="${i}">${n}</li>`)}</ol>
</section>`,
)}</template>
</div>`;
  return { path, title: `${title}: presenter view`, body, bare: true, bodyClass: 'vl-presenter-page', scripts: ['assets/presenter-view.js'], breadcrumbs: [{ text: 'Present', path: 'present/index.html' }, { text: `${title} slides`, path: presentPath(deck) }] };
}
