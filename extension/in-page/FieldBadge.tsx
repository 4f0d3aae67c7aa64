/** The small badge by the focused field: counts per lens, each with its lens mark, not colour alone. */
import { LENSES, type Lens } from '../../engine/index.js';
import { LENS_LOOK } from '../../engine/index.js';
import { trusted } from './trusted-events.js';
import type { BadgePosition } from './badge-placement.js';

export function badgeLabel(counts: Record<Lens, number>): string {
  const parts = LENSES.filter((l) => counts[l] > 0).map((l) => `${counts[l]} ${l}`);
  return `Values Lens: ${parts.length ? parts.join(', ') : 'nothing to check'}`;
}

export interface FieldBadgeProps {
  counts: Record<Lens, number>;
  position: BadgePosition;
  onActivate(): void;
}

export function FieldBadge({ counts, position, onActivate }: FieldBadgeProps) {
  const shown = LENSES.filter((l) => counts[l] > 0);
  return (
    <button
      type="button"
      class="vl-badge"
      aria-label={badgeLabel(counts)}
      title={badgeLabel(counts)}
      style={{ right: `${position.right}px`, top: `${position.top}px` }}
      // Keep the caret where it is: the badge must not take focus from the editor on a mouse click.
      onMouseDown={(e) => e.preventDefault()}
      // Real clicks only: a page's script must not open the card (trusted-events.ts).
      onClick={trusted(onActivate)}
    >
      {shown.length === 0 ? (
        <span aria-hidden="true">✓</span>
      ) : (
        shown.map((l: Lens) => (
          <span class="vl-count" aria-hidden="true" style={{ background: LENS_LOOK[l].colour }}>
            {LENS_LOOK[l].mark} {counts[l]}
          </span>
        ))
      )}
    </button>
  );
}
