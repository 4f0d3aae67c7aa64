/**
 * On a phone the findings sit below the letter, out of sight: a tap on marked words says which
 * finding they are just under the letter, with a button that takes you to it. Side by side, the
 * card opening beside the letter is enough, and the stylesheet hides this line.
 */
import type { Finding } from '../../../engine/types.js';
import { LENS_LABEL, SEVERITY_LABEL } from '../../lib/labels.js';
import { el } from './dom.js';
import { shortQuote } from './findings-list.js';

export function showCaretFinding(box: HTMLElement, f: Finding | undefined, goTo: () => void): void {
  if (!f) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  const button = el('button', { type: 'button', className: 'nhsuk-button nhsuk-button--secondary nhsuk-button--small' }, 'Go to this finding');
  button.addEventListener('click', goTo);
  box.replaceChildren(el('span', {}, `“${shortQuote(f.actual)}”: ${LENS_LABEL[f.lens]}, ${SEVERITY_LABEL[f.severity]}. `), button);
  box.hidden = false;
}
