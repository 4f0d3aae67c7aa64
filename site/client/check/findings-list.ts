/**
 * The findings in text order, one button each: the keyboard's and the screen reader's way to the
 * marks in the letter. A button says the words, the lens and the severity in words; pressing it
 * opens the finding's card (one open at a time) with the explanation, the fixes and "Why?" (a link
 * to the rule's page, or for a trust pack's rule its explanation in the card).
 */
import type { PackedRule } from '../../../engine/pack/index.js';
import type { Finding } from '../../../engine/types.js';
import { LENS_LABEL, LENS_TAG, SEVERITY_LABEL, SEVERITY_TAG } from '../../lib/labels.js';
import { el, hidden } from './dom.js';
import { packExplanation } from './pack-explanation.js';

export interface ListActions {
  /** The n-th finding's button was pressed. */
  toggle(n: number): void;
  /** Its i-th suggestion was chosen. */
  apply(n: number, i: number): void;
  /** The trust pack rule behind a rule id; undefined for a built-in rule. */
  packRule(ruleId: string): PackedRule | undefined;
}

const toggleId = (n: number) => `finding-${n + 1}`;

function suggestionLabel(s: string, actual: string): string {
  return s === '' ? `Delete “${actual}”` : `Use “${s}”`;
}

/** Long findings (a whole sentence) are cut in the button; the card quotes them whole. */
export function shortQuote(actual: string): string {
  return actual.length > 60 ? `${actual.slice(0, 57).trimEnd()}…` : actual;
}

export class FindingsList {
  private findings: readonly Finding[] = [];

  constructor(
    private readonly list: HTMLOListElement,
    private readonly actions: ListActions,
  ) {}

  /** Lists `shown` (indices into `findings`, in text order) with `open` expanded. */
  render(findings: readonly Finding[], shown: readonly number[], open: number): void {
    this.findings = findings;
    this.list.replaceChildren(...shown.map((n) => this.item(n, n === open)));
  }

  /** Closes `was` and opens `now` (either may be -1) in place, so the focused button keeps focus. */
  setOpen(was: number, now: number): void {
    for (const n of [was, now]) {
      const button = this.button(n);
      if (n < 0 || !button) continue;
      const open = n === now;
      button.setAttribute('aria-expanded', String(open));
      button.parentElement!.classList.toggle('vl-finding--open', open);
      document.getElementById(`${toggleId(n)}-card`)!.replaceWith(this.card(n, open));
    }
  }

  button(n: number): HTMLButtonElement | null {
    return document.getElementById(toggleId(n)) as HTMLButtonElement | null;
  }

  private item(n: number, open: boolean): HTMLLIElement {
    const f = this.findings[n];
    const where = f.actual ? [el('span', { className: 'vl-finding__phrase' }, `“${shortQuote(f.actual)}”`), hidden(', ')] : [el('span', { className: 'vl-finding__phrase' }, 'The whole letter'), hidden(', ')];
    const button = el('button', { type: 'button', id: toggleId(n), className: 'vl-finding__toggle' },
      ...where,
      el('span', { className: 'vl-finding__meta' },
        el('strong', { className: `nhsuk-tag ${LENS_TAG[f.lens]}` }, LENS_LABEL[f.lens]), hidden(', '), ' ',
        el('strong', { className: `nhsuk-tag ${SEVERITY_TAG[f.severity]}` }, SEVERITY_LABEL[f.severity]), hidden(', '), ' ',
        el('span', { className: 'vl-finding__line' }, `line ${f.line}`)),
    );
    button.setAttribute('aria-expanded', String(open));
    button.setAttribute('aria-controls', `${toggleId(n)}-card`);
    button.addEventListener('click', () => this.actions.toggle(n));
    const item = el('li', { className: `vl-finding vl-finding--${f.lens}${open ? ' vl-finding--open' : ''}` }, button);
    item.append(this.card(n, open));
    return item;
  }

  private card(n: number, open: boolean): HTMLDivElement {
    const f = this.findings[n];
    const card = el('div', { id: `${toggleId(n)}-card`, className: 'vl-finding__card', hidden: !open });
    if (!open) return card; // built when opened: a long letter can have hundreds of findings
    if (f.actual.length > 60) card.append(el('p', { className: 'vl-finding__full' }, `“${f.actual}”`));
    card.append(el('p', {}, f.message));
    const actions = el('div', { className: 'vl-finding__actions' });
    f.suggestions.slice(0, 4).forEach((s, i) => {
      const b = el('button', { type: 'button', className: 'nhsuk-button nhsuk-button--secondary nhsuk-button--small' }, suggestionLabel(s, f.actual));
      b.addEventListener('click', () => this.actions.apply(n, i));
      actions.append(b);
    });
    if (actions.childElementCount) card.append(actions);
    const about = shortQuote(f.actual || f.message);
    // A pack rule has no page on this site: its explanation, from the pack file, opens here.
    const packed = this.actions.packRule(f.ruleId);
    card.append(packed ? packExplanation(packed, about) : el('p', { className: 'vl-finding__why' }, el('a', { href: f.url }, 'Why?', hidden(` About “${about}”`))));
    return card;
  }
}
