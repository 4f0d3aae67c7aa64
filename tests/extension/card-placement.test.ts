/**
 * The card stays inside the viewport, which for a field in a frame from another origin is the
 * frame's own: below the finding, above it when there is no room below, and in a frame too short
 * for either, pinned inside rather than cut off by the frame's bottom edge (it was placed below
 * the finding whatever the room).
 */
import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, cardPosition } from '../../extension/in-page/card-placement.js';

const page = { width: 1200, height: 800 };

describe('card placement', () => {
  it('goes 6px below the finding, at its left, when there is room', () => {
    expect(cardPosition({ left: 100, top: 200, bottom: 220 }, page)).toEqual({ left: 100, top: 226 });
  });

  it('goes above the finding when there is no room below', () => {
    expect(cardPosition({ left: 100, top: 700, bottom: 720 }, page)).toEqual({ left: 100, top: 700 - CARD_HEIGHT - 6 });
  });

  it('never runs off the left or right edge', () => {
    expect(cardPosition({ left: 1150, top: 100, bottom: 120 }, page).left).toBe(1200 - CARD_WIDTH);
    expect(cardPosition({ left: -40, top: 100, bottom: 120 }, page).left).toBe(8);
  });

  it('in a frame too short for the card below or above the finding, stays wholly inside the frame', () => {
    const frame = { width: 500, height: 300 };
    const { top } = cardPosition({ left: 20, top: 150, bottom: 170 }, frame);
    expect(top).toBeGreaterThanOrEqual(8);
    expect(top + CARD_HEIGHT).toBeLessThanOrEqual(frame.height);
  });

  it('in a frame shorter than the card, starts at the top edge (the card scrolls: ui-css.ts caps its height)', () => {
    expect(cardPosition({ left: 20, top: 60, bottom: 80 }, { width: 500, height: 200 }).top).toBe(8);
  });
});
