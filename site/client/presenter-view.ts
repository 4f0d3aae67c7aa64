/**
 * The presenter view: the slide on screen now (at its reveal step), what the next press shows, the
 * notes for this slide with the current step's note picked out, and a timer. It moves with the
 * audience window and moves it (site/client/deck-sync.ts). The slides and notes come from a
 * <template>, so nothing here is read out twice by a screen reader.
 */
import { back, clampState, describe, forward, navigationKey, showStep, stepsIn, type DeckState } from './deck-steps.js';
import { deckSync } from './deck-sync.js';

const HASH = /^#slide-(\d+)$/;

function init(): void {
  const root = document.getElementById('presenter');
  const template = document.getElementById('pv-slides') as HTMLTemplateElement | null;
  if (!root || !template) return;
  const slides = [...template.content.querySelectorAll<HTMLElement>('.vl-slide')];
  const steps = slides.map(stepsIn);
  const byId = (id: string) => document.getElementById(id)!;
  const now = byId('pv-now');
  const upNext = byId('pv-upnext');
  const notes = byId('pv-notes');
  const counter = byId('pv-counter');
  const link = byId('pv-link');
  const timer = byId('pv-timer');
  const pause = byId('pv-pause');
  const m = HASH.exec(location.hash);
  let state: DeckState = clampState({ slide: m ? Number(m[1]) - 1 : 0, step: 0 }, steps);

  /** A copy of a slide at a step, without its notes, for one of the panes. */
  const copy = (s: DeckState): HTMLElement => {
    const el = slides[s.slide].cloneNode(true) as HTMLElement;
    el.querySelector('.vl-presenter__notes')?.remove();
    showStep(el, s.step);
    return el;
  };
  const render = () => {
    now.replaceChildren(copy(state));
    const next = forward(state, steps);
    upNext.replaceChildren(next === state ? Object.assign(document.createElement('p'), { textContent: 'End of the deck.' }) : copy(next));
    const list = slides[state.slide].querySelector('.vl-presenter__notes')!.cloneNode(true) as HTMLElement;
    list.querySelectorAll<HTMLElement>('[data-note-step]').forEach((li) => {
      if (Number(li.dataset.noteStep) === state.step) li.setAttribute('aria-current', 'step');
    });
    notes.replaceChildren(list);
    counter.textContent = `${describe(state, steps)}: ${slides[state.slide].dataset.label ?? ''}`;
    history.replaceState(null, '', `#slide-${state.slide + 1}`);
  };
  const sync = deckSync(root.dataset.deck ?? '', 'presenter', () => state, (s) => {
    state = clampState(s, steps);
    render();
  }, (connected) => {
    link.textContent = connected ? 'Slides window: connected. Moving here moves the slides.' : 'Slides window: not connected.';
  });
  const go = (s: DeckState) => {
    state = clampState(s, steps);
    render();
    sync.send(state);
  };

  // The timer counts from when this window opened; pause holds it, reset sets it back to 0:00.
  let elapsed = 0;
  let since = Date.now();
  let running = true;
  const seconds = () => Math.floor((elapsed + (running ? Date.now() - since : 0)) / 1000);
  const showTime = () => {
    const s = seconds();
    timer.textContent = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  };
  setInterval(showTime, 1000);
  pause.addEventListener('click', () => {
    if (running) elapsed += Date.now() - since;
    else since = Date.now();
    running = !running;
    pause.setAttribute('aria-pressed', String(!running));
    showTime();
  });
  byId('pv-reset').addEventListener('click', () => {
    elapsed = 0;
    since = Date.now();
    showTime();
  });
  byId('pv-prev').addEventListener('click', () => go(back(state, steps)));
  byId('pv-next').addEventListener('click', () => go(forward(state, steps)));
  byId('pv-audience').addEventListener('click', () => sync.open(`${root.dataset.audience}#slide-${state.slide + 1}`, `vl-audience-${root.dataset.deck}`));
  document.addEventListener('keydown', (e) => {
    const target = e.target instanceof HTMLElement ? e.target : null;
    if ((e.key === ' ' || e.key === 'Enter') && target?.closest('button, a')) return;
    const nav = navigationKey(e);
    if (!nav) return;
    e.preventDefault();
    go(nav === 'forward' ? forward(state, steps) : nav === 'back' ? back(state, steps) : { slide: nav === 'first' ? 0 : slides.length - 1, step: 0 });
  });
  render();
}

init();
export {};
