/**
 * Where the badge goes: on the focused field's bottom-right corner, inside it, kept on screen (a
 * one-line field's badge goes outside it: badgePositionOutside).
 * Anchored by `right` (the badge is position:fixed), so its own width never enters the sum: placing
 * it by `left` needed its measured width, which on Firefox's first draw was not laid out yet, and
 * the badge overhung the field's right edge.
 */
export interface BadgePosition {
  /** CSS `right`: px from the viewport's right edge. */
  right: number;
  /** CSS `top`: px from the viewport's top. */
  top: number;
}

const INSET = 4; // px inside the field's right edge
const HEIGHT_ROOM = 28; // the badge's height (24px) and a gap
const BOTTOM_ROOM = 30;

export function badgePosition(field: { right: number; bottom: number }, viewport: { width: number; height: number }): BadgePosition {
  return {
    right: viewport.width - Math.min(field.right, viewport.width) + INSET,
    top: Math.min(field.bottom - HEIGHT_ROOM, viewport.height - BOTTOM_ROOM),
  };
}

const OUTSIDE_GAP = 4; // px between a one-line field and the badge
const BADGE_HEIGHT = 24;

/**
 * A one-line field (a text input) has no corner free of text: the badge goes just below it, right
 * edges aligned, or just above it when there is no room below.
 */
export function badgePositionOutside(field: { right: number; top: number; bottom: number }, viewport: { width: number; height: number }): BadgePosition {
  const below = field.bottom + OUTSIDE_GAP;
  return {
    right: viewport.width - Math.min(field.right, viewport.width),
    top: below + BADGE_HEIGHT <= viewport.height || field.top < BADGE_HEIGHT + OUTSIDE_GAP ? below : field.top - OUTSIDE_GAP - BADGE_HEIGHT,
  };
}

/**
 * The width a position:fixed element's `right` is measured from: the viewport less any scroll bar
 * (innerWidth includes it). In quirks mode the body stands for the root element.
 */
export function fixedViewport(doc: Document): { width: number; height: number } {
  const win = doc.defaultView!;
  const root = doc.compatMode === 'BackCompat' ? doc.body : doc.documentElement;
  return { width: root?.clientWidth || win.innerWidth, height: win.innerHeight };
}
