/**
 * Turns a deck page into a keyboard-driven presentation: arrows, space, PageUp/PageDown, Home/End,
 * N for speaker notes, Esc to stop. The hash names the slide (#slide-3, or #slide-3/notes with
 * the notes view), so every slide has a URL and the browser's back button works.
 */
const HASH = /^#slide-(\d+)(\/notes)?$/;

function init(): void {
  const deck = document.getElementById('deck');
  if (!deck) return;
  const slides = [...deck.querySelectorAll<HTMLElement>('.vl-slide')];
  const controls = document.getElementById('deck-controls')!;
  const counter = document.getElementById('deck-counter')!;
  const notesButton = document.getElementById('deck-notes')!;
  const start = document.getElementById('deck-start')!;
  let current = 0;
  let presenting = false;
  let notes = false;

  const render = (focus: boolean) => {
    document.body.classList.toggle('vl-presenting', presenting);
    document.body.classList.toggle('vl-notes-on', presenting && notes);
    controls.hidden = !presenting;
    slides.forEach((s, i) => {
      s.hidden = presenting && i !== current;
      if (presenting && i === current) s.tabIndex = -1;
    });
    notesButton.setAttribute('aria-pressed', String(notes));
    counter.textContent = `Slide ${current + 1} of ${slides.length}`;
    if (presenting) {
      const hash = `#slide-${current + 1}${notes ? '/notes' : ''}`;
      if (location.hash !== hash) history.replaceState(null, '', hash);
      if (focus) slides[current].focus();
    }
  };
  const go = (i: number) => {
    current = Math.max(0, Math.min(slides.length - 1, i));
    render(true);
  };
  const begin = (i: number, withNotes = notes) => {
    presenting = true;
    notes = withNotes;
    go(i);
  };
  const stop = () => {
    presenting = false;
    render(false);
    history.replaceState(null, '', `#slide-${current + 1}`);
    slides[current].scrollIntoView();
    start.focus();
  };
  const fromHash = () => {
    const m = HASH.exec(location.hash);
    if (m) begin(Number(m[1]) - 1, !!m[2]);
  };

  start.hidden = false;
  start.addEventListener('click', () => begin(0));
  document.getElementById('deck-prev')!.addEventListener('click', () => go(current - 1));
  document.getElementById('deck-next')!.addEventListener('click', () => go(current + 1));
  document.getElementById('deck-exit')!.addEventListener('click', stop);
  notesButton.addEventListener('click', () => {
    notes = !notes;
    render(false);
  });
  window.addEventListener('hashchange', fromHash);
  document.addEventListener('keydown', (e) => {
    if (!presenting || e.altKey || e.ctrlKey || e.metaKey) return;
    const onControl = e.target instanceof HTMLElement && e.target.closest('button, a, input, select, textarea');
    // In a focused letter that scrolls, up, down, paging and space scroll the letter; left and right still move.
    const inLetter = e.target instanceof HTMLElement && e.target.closest('.vl-slide__letter');
    if (inLetter && ['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', ' ', 'Home', 'End'].includes(e.key)) return;
    const keys: Record<string, () => void> = {
      ArrowRight: () => go(current + 1),
      ArrowDown: () => go(current + 1),
      PageDown: () => go(current + 1),
      ArrowLeft: () => go(current - 1),
      ArrowUp: () => go(current - 1),
      PageUp: () => go(current - 1),
      Home: () => go(0),
      End: () => go(slides.length - 1),
      Escape: stop,
      n: () => { notes = !notes; render(false); },
      N: () => { notes = !notes; render(false); },
    };
    // Space moves on, except on a button or link, where it presses the control as usual.
    if (e.key === ' ' && !onControl) keys[' '] = () => (e.shiftKey ? go(current - 1) : go(current + 1));
    const action = keys[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  });
  fromHash();
}

init();
export {};
