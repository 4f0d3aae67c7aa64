/**
 * Where a deck is: a slide and a reveal step within it. Elements with data-step="n" appear from
 * step n on; elements with data-step-hide="n" disappear at step n (the unmarked question gives way
 * to the marked answer). Shared by the audience window and the presenter view.
 */
export interface DeckState {
  slide: number;
  step: number;
}

export const stepsIn = (slide: HTMLElement): number => Math.max(1, Number(slide.dataset.steps) || 1);

export function showStep(slide: HTMLElement, step: number): void {
  slide.querySelectorAll<HTMLElement>('[data-step]').forEach((el) => (el.hidden = step < Number(el.dataset.step)));
  slide.querySelectorAll<HTMLElement>('[data-step-hide]').forEach((el) => (el.hidden = step >= Number(el.dataset.stepHide)));
}

/** One press forward: the next step of this slide, else the next slide from its start. */
export function forward(s: DeckState, steps: readonly number[]): DeckState {
  if (s.step + 1 < steps[s.slide]) return { slide: s.slide, step: s.step + 1 };
  return s.slide + 1 < steps.length ? { slide: s.slide + 1, step: 0 } : s;
}

/** One press back: the previous step, else the previous slide with everything shown. */
export function back(s: DeckState, steps: readonly number[]): DeckState {
  if (s.step > 0) return { slide: s.slide, step: s.step - 1 };
  return s.slide > 0 ? { slide: s.slide - 1, step: steps[s.slide - 1] - 1 } : s;
}

/** A state from elsewhere (a message, a URL), kept within the deck. */
export function clampState(s: DeckState, steps: readonly number[]): DeckState {
  const slide = Math.max(0, Math.min(steps.length - 1, Math.trunc(s.slide)));
  return { slide, step: Math.max(0, Math.min(steps[slide] - 1, Math.trunc(s.step))) };
}

export function describe(s: DeckState, steps: readonly number[]): string {
  const n = steps[s.slide];
  return `Slide ${s.slide + 1} of ${steps.length}${n > 1 ? `, step ${s.step + 1} of ${n}` : ''}`;
}

/** The keys a deck answers to, in both windows; clickers send PageUp and PageDown. */
export function navigationKey(e: KeyboardEvent): 'forward' | 'back' | 'first' | 'last' | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  switch (e.key) {
    case 'ArrowRight': case 'ArrowDown': case 'PageDown': return 'forward';
    case 'ArrowLeft': case 'ArrowUp': case 'PageUp': return 'back';
    case ' ': return e.shiftKey ? 'back' : 'forward';
    case 'Home': return 'first';
    case 'End': return 'last';
    default: return null;
  }
}
