/**
 * The audience window of a deck: arrows, space, PageUp/PageDown (clickers), Home/End, F for full
 * screen, P for the presenter view, Esc to stop. A slide with reveal steps asks first and shows the
 * answer on the next press. The hash names the slide (#slide-3), so every slide has a URL and the
 * back button works. The presenter view (another window) moves this one, and this one moves it.
 */
import { back, clampState, describe, forward, navigationKey, showStep, stepsIn, type DeckState } from './deck-steps.js';
import { deckSync } from './deck-sync.js';

const HASH = /^#slide-(\d+)(?:\/notes)?$/;

function init(): void {
  const deck = document.getElementById('deck');
  if (!deck) return;
  const slides = [...deck.querySelectorAll<HTMLElement>('.vl-slide')];
  const steps = slides.map(stepsIn);
  const byId = (id: string) => document.getElementById(id)!;
  const controls = byId('deck-controls');
  const counter = byId('deck-counter');
  const start = byId('deck-start');
  const fullscreen = byId('deck-fullscreen');
  let state: DeckState = { slide: 0, step: 0 };
  let presenting = false;

  const render = (focus: boolean) => {
    document.body.classList.toggle('vl-presenting', presenting);
    controls.hidden = !presenting;
    slides.forEach((s, i) => {
      s.hidden = presenting && i !== state.slide;
      // Out of presenting every answer shows, as a handout.
      showStep(s, presenting && i === state.slide ? state.step : steps[i]);
    });
    counter.textContent = describe(state, steps);
    if (presenting) {
      const hash = `#slide-${state.slide + 1}`;
      if (location.hash !== hash) history.replaceState(null, '', hash);
      const slide = slides[state.slide];
      slide.tabIndex = -1;
      if (focus) slide.focus({ preventScroll: true });
    }
  };
  const sync = deckSync(deck.dataset.deck ?? '', 'audience', () => state, (s) => {
    presenting = true;
    state = clampState(s, steps);
    render(false);
  }, () => {});
  const go = (next: DeckState, focus = true) => {
    presenting = true;
    state = clampState(next, steps);
    render(focus);
    sync.send(state);
  };
  const stop = () => {
    presenting = false;
    if (document.fullscreenElement) void document.exitFullscreen();
    render(false);
    slides[state.slide].scrollIntoView();
    start.focus();
  };
  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen().catch(() => {});
  };
  const openPresenter = () => sync.open(`${deck.dataset.presenter}#slide-${state.slide + 1}`, `vl-presenter-${deck.dataset.deck}`);
  const fromHash = () => {
    const m = HASH.exec(location.hash);
    if (m && Number(m[1]) - 1 !== state.slide) go({ slide: Number(m[1]) - 1, step: 0 });
    else if (m && !presenting) go(state);
  };

  deck.classList.add('vl-deck--live');
  start.hidden = false;
  fullscreen.hidden = !document.fullscreenEnabled;
  start.addEventListener('click', () => go({ slide: 0, step: 0 }));
  byId('deck-prev').addEventListener('click', () => go(back(state, steps), false));
  byId('deck-next').addEventListener('click', () => go(forward(state, steps), false));
  byId('deck-presenter').addEventListener('click', openPresenter);
  fullscreen.addEventListener('click', toggleFullscreen);
  document.addEventListener('fullscreenchange', () => {
    fullscreen.setAttribute('aria-pressed', String(!!document.fullscreenElement));
    fullscreen.textContent = document.fullscreenElement ? 'Leave full screen' : 'Full screen';
  });
  byId('deck-exit').addEventListener('click', stop);
  window.addEventListener('hashchange', fromHash);
  document.addEventListener('keydown', (e) => {
    if (!presenting || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target instanceof HTMLElement ? e.target : null;
    // Space and Enter press a focused button or link as usual.
    if ((e.key === ' ' || e.key === 'Enter') && target?.closest('button, a')) return;
    // In a focused letter that scrolls, up, down, paging and space scroll the letter; left and right still move.
    if (target?.closest('.vl-slide__letter') && ['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', ' ', 'Home', 'End'].includes(e.key)) return;
    const nav = navigationKey(e);
    const actions: Record<string, () => void> = {
      forward: () => go(forward(state, steps)),
      back: () => go(back(state, steps)),
      first: () => go({ slide: 0, step: 0 }),
      last: () => go({ slide: slides.length - 1, step: 0 }),
    };
    const key = e.key.toLowerCase();
    const action = nav ? actions[nav] : key === 'f' ? toggleFullscreen : key === 'p' ? openPresenter : e.key === 'Escape' && !document.fullscreenElement ? stop : null;
    if (!action) return;
    e.preventDefault();
    action();
  });
  render(false);
  fromHash();
}

init();
export {};
