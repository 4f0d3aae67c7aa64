/**
 * Where the card goes: below its finding, or above it when there is no room below; never off the
 * left, right, top or bottom edge. The edges are the viewport's, which in a frame from another
 * origin is the frame's own (a card cannot be drawn outside it): in a frame too small for the card
 * either way, it is pinned inside, over the text, and scrolls (ui-css.ts gives it a max-height).
 */

/** The card's size as in-page CSS sets it (ui-css.ts), for keeping it on the screen. */
export const CARD_WIDTH = 350;
export const CARD_HEIGHT = 260;
const MARGIN = 8;
const GAP = 6;

export function cardPosition(
  finding: { left: number; top: number; bottom: number },
  viewport: { width: number; height: number },
): { left: number; top: number } {
  const left = Math.max(MARGIN, Math.min(finding.left, viewport.width - CARD_WIDTH));
  const below = finding.bottom + GAP;
  const above = finding.top - CARD_HEIGHT - GAP;
  if (below + CARD_HEIGHT <= viewport.height) return { left, top: below };
  if (above >= MARGIN) return { left, top: above };
  // Neither fits: as low as the card still fits, but never above the top edge.
  return { left, top: Math.max(MARGIN, Math.min(below, viewport.height - CARD_HEIGHT - MARGIN)) };
}
