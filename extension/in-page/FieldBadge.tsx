/**
 * The small badge by the focused field. It must not cover the letter, so it shows only the total
 * and a tiny stack of the lenses' underline samples (the same line styles as the underlines in the
 * text); the counts per lens are spelled out in its accessible name and in a tooltip shown on
 * hover and on keyboard focus. Lens marks of one or two letters read as chemical symbols
 * ("Ca 3 Co 5 R 5 Cl 25", issue 13), so the badge has none. A class, as the card is: with no
 * hooks, no page's content script carries preact/hooks (issue 10, its size).
 */
import { Component, createRef } from 'preact';
import { LENSES, type Lens } from '../../engine/index.js';
import { LENS_LOOK } from '../../engine/index.js';
import { trusted } from './trusted-events.js';
import type { BadgePosition } from './badge-placement.js';

export function badgeLabel(counts: Record<Lens, number>): string {
  const parts = LENSES.filter((l) => counts[l] > 0).map((l) => `${counts[l]} ${l}`);
  return `Values Lens: ${parts.length ? parts.join(', ') : 'nothing to check'}`;
}

/** Below this top (px), the tooltip goes under the badge: above it would leave the viewport. */
const TIP_ROOM = 120;

export interface FieldBadgeProps {
  counts: Record<Lens, number>;
  position: BadgePosition;
  onActivate(): void;
}

interface BadgeState {
  /** WCAG 1.4.13: content shown on hover or focus can be dismissed without moving the pointer or focus. */
  dismissed: boolean;
  pointedAt: boolean;
}

export class FieldBadge extends Component<FieldBadgeProps, BadgeState> {
  override state = { dismissed: false, pointedAt: false };
  private readonly button = createRef<HTMLButtonElement>();
  /** Takes the document's Escape listener off again, while there is one. */
  private stopListening: (() => void) | null = null;

  override componentDidMount() {
    this.listen();
  }

  override componentDidUpdate(_: FieldBadgeProps, prev: BadgeState) {
    if (prev.pointedAt !== this.state.pointedAt || prev.dismissed !== this.state.dismissed) this.listen();
  }

  override componentWillUnmount() {
    this.stopListening?.();
  }

  /**
   * The pointer is on the badge but focus is in the editor: Escape arrives at the document.
   * (The badge may be drawn in a frame's document.)
   */
  private listen() {
    this.stopListening?.();
    this.stopListening = null;
    const doc = this.button.current?.ownerDocument;
    if (!doc || !this.state.pointedAt || this.state.dismissed) return;
    const onKey = trusted((e: KeyboardEvent) => {
      if (e.key === 'Escape') this.setState({ dismissed: true });
    });
    doc.addEventListener('keydown', onKey, true);
    this.stopListening = () => doc.removeEventListener('keydown', onKey, true);
  }

  override render({ counts, position, onActivate }: FieldBadgeProps, { dismissed }: BadgeState) {
    const shown = LENSES.filter((l) => counts[l] > 0);
    const total = shown.reduce((n, l) => n + counts[l], 0);
    const { button } = this;
    const setDismissed = (dismissed: boolean) => this.setState({ dismissed });
    const setPointedAt = (pointedAt: boolean) => this.setState({ pointedAt });
    const tipClass = `vl-tip${position.top < TIP_ROOM ? ' vl-tip--below' : ''}`;
    return (
      <button
        ref={button}
        type="button"
        class={`vl-badge${dismissed ? ' vl-tip-off' : ''}`}
        aria-label={badgeLabel(counts)}
        style={{ right: `${position.right}px`, top: `${position.top}px` }}
        // Keep the caret where it is: the badge must not take focus from the editor on a mouse click.
        onMouseDown={(e) => e.preventDefault()}
        // Real clicks only: a page's script must not open the card (trusted-events.ts).
        onClick={trusted(onActivate)}
        onMouseEnter={trusted(() => setPointedAt(true))}
        onMouseLeave={trusted(() => {
          setPointedAt(false);
          setDismissed(false);
        })}
        onBlur={() => setDismissed(false)}
        onKeyDown={trusted((e: KeyboardEvent) => {
          if (e.key === 'Escape' && !dismissed) {
            e.stopPropagation();
            setDismissed(true);
          }
        })}
      >
        {total === 0 ? (
          <span aria-hidden="true">✓</span>
        ) : (
          <>
            <span class="vl-badge-lenses" aria-hidden="true">
              {shown.map((l) => (
                <span class={`vl-badge-line vl-line-${LENS_LOOK[l].line}`} style={{ borderBottomColor: LENS_LOOK[l].colour }} />
              ))}
            </span>
            <span class="vl-badge-total" aria-hidden="true">
              {total}
            </span>
          </>
        )}
        {/* Visual only: the same words are the button's accessible name. */}
        <span class={tipClass} aria-hidden="true">
          <span class="vl-tip-title">Values Lens</span>
          {total === 0 ? (
            <span class="vl-tip-row">Nothing to check</span>
          ) : (
            shown.map((l) => (
              <span class="vl-tip-row">
                <span class={`vl-swatch vl-line-${LENS_LOOK[l].line}`} style={{ borderBottomColor: LENS_LOOK[l].colour }} />
                {counts[l]} {l}
              </span>
            ))
          )}
        </span>
      </button>
    );
  }
}
