/**
 * Keys for moving through the findings, the extension's own: Alt+Shift+N (next) and Alt+Shift+P
 * (previous) anywhere on the page, counted from the caret when in the letter; each opens the
 * finding and puts focus on it. Escape in the findings goes back to the letter, with the open
 * finding's words selected. Keys are matched by their position (event.code), as Alt changes the
 * character they type on some keyboards.
 */
import type { Finding } from '../../../engine/types.js';
import { nextFinding, previousFinding } from './finding-order.js';

export interface FindingNavigator {
  readonly textarea: HTMLTextAreaElement;
  readonly findings: Finding[];
  readonly shown: number[];
  readonly open: number;
  readonly stale: boolean;
  check(): boolean;
  openFinding(n: number, how?: { focus?: boolean; select?: boolean }): void;
  /** Focus back in the letter, on the open finding's words. */
  backToLetter(): void;
  say(message: string): void;
}

function step(page: FindingNavigator, forward: boolean): void {
  if (page.stale && !page.check()) return;
  const { shown } = page;
  const k = shown.indexOf(page.open);
  let n: number;
  if (document.activeElement !== page.textarea && k >= 0) n = shown[(k + (forward ? 1 : shown.length - 1)) % shown.length];
  else {
    // From the letter: a finding that starts at the caret is next; with words selected, the one after them.
    const ta = page.textarea;
    const inLetter = document.activeElement === ta;
    const at = inLetter ? ta.selectionStart + (ta.selectionEnd > ta.selectionStart && forward ? 1 : 0) : forward ? 0 : Infinity;
    n = forward ? nextFinding(page.findings, shown, at) : previousFinding(page.findings, shown, at);
  }
  if (n < 0) return page.say(page.findings.length ? 'No findings shown: change the filters to see more.' : 'No findings.');
  page.openFinding(n, { focus: true });
  page.say(`Finding ${shown.indexOf(n) + 1} of ${shown.length}.`);
}

export function wireFindingKeys(page: FindingNavigator): void {
  document.addEventListener('keydown', (e) => {
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyN' || e.code === 'KeyP')) {
      e.preventDefault();
      step(page, e.code === 'KeyN');
    }
  });
  document.getElementById('findings')!.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    page.backToLetter();
  });
}
