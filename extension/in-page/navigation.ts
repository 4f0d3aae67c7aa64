/**
 * Moving between findings: a click on an underlined phrase opens its card, Alt+Shift+N and
 * Alt+Shift+P step to the next and previous finding (e.code, so keyboard layouts do not matter),
 * and Escape closes the card.
 */
import type { CardController } from './card-controller.js';
import type { FieldSession } from './field-session.js';
import type { PageState } from './page-state.js';
import { UI_HOST_TAG } from './ui-root.js';

const NEXT_KEY = 'KeyN';
const PREV_KEY = 'KeyP';

export class Navigation {
  constructor(
    private readonly state: PageState,
    private readonly card: CardController,
  ) {}

  click(e: MouseEvent, s: FieldSession | undefined): void {
    const host = UI_HOST_TAG.toUpperCase();
    if (e.composedPath().some((n) => (n as Element).tagName === host)) return; // inside our own card or badge
    if (!s) return this.card.close();
    this.state.current = s;
    // The caret lands where the click was; the editor may still be reading the old text.
    s.text = s.field.read();
    const i = s.findingAt(s.field.caret());
    if (i >= 0) this.card.open(s, i, false);
    else this.card.close();
  }

  key(e: KeyboardEvent, inField: FieldSession | undefined): void {
    const open = this.state.card;
    if (e.key === 'Escape' && open) return this.card.closeToField(open.session);
    if (!e.altKey || !e.shiftKey || (e.code !== NEXT_KEY && e.code !== PREV_KEY)) return;
    const s = inField ?? open?.session;
    if (!s) return;
    e.preventDefault();
    e.stopPropagation();
    s.checkNow();
    const dir = e.code === NEXT_KEY ? 1 : -1;
    // From an open card, the next finding after it; from the caret, the next one starting at or
    // after it (a finding at the very start of the field, caret at 0, is "next").
    const card = this.state.card;
    const from = card?.session === s ? s.findings[card.index]?.start ?? -1 : s.field.caret() - (dir === 1 ? 1 : 0);
    const i = s.step(from, dir);
    if (i < 0) return;
    this.reveal(s, i, true);
  }

  /** Selects a finding's words in its field and opens its card (keys, and the side panel's list). */
  reveal(s: FieldSession, index: number, focusCard: boolean): void {
    const f = s.findings[index];
    s.field.select(f.start, f.end);
    this.card.open(s, index, focusCard);
  }
}
