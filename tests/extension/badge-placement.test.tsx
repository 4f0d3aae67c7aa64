/**
 * The badge sits on the focused field's bottom-right corner. It was placed by `left` and then
 * corrected by its measured width, and on Firefox's first draw (width not laid out yet) it
 * overhung the field's right edge. Anchored by `right`, its width no longer matters.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { badgePosition, badgePositionOutside } from '../../extension/in-page/badge-placement.js';
import { FieldBadge } from '../../extension/in-page/FieldBadge.js';

const viewport = { width: 1000, height: 700 };
const counts = { candour: 0, compassion: 1, respect: 0, clarity: 2 };

describe('badge placement', () => {
  it('anchors the badge 4px inside the field\'s right edge, measured from the viewport\'s right', () => {
    expect(badgePosition({ right: 600, bottom: 400 }, viewport)).toEqual({ right: 404, top: 372 });
  });

  it('keeps the badge on screen when the field runs past the viewport\'s right or bottom edge', () => {
    expect(badgePosition({ right: 1400, bottom: 900 }, viewport)).toEqual({ right: 4, top: 670 });
  });

  it('puts a one-line field\'s badge just below it, right edges aligned, so it covers none of its text', () => {
    const subject = { right: 600, top: 100, bottom: 136 };
    const p = badgePositionOutside(subject, viewport);
    expect(p).toEqual({ right: 400, top: 140 });
    expect(p.top).toBeGreaterThanOrEqual(subject.bottom);
  });

  it('puts it just above a one-line field at the bottom of the viewport, and never above the top', () => {
    expect(badgePositionOutside({ right: 600, top: 650, bottom: 686 }, viewport)).toEqual({ right: 400, top: 622 });
    expect(badgePositionOutside({ right: 1400, top: 10, bottom: 690 }, viewport)).toEqual({ right: 0, top: 694 });
  });

  it('the badge is styled by right and top, with no left to correct after measuring', () => {
    const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
    const root = document.getElementById('root') as unknown as HTMLElement;
    (globalThis as { document?: unknown }).document = document;
    try {
      render(h(FieldBadge, { counts, position: badgePosition({ right: 600, bottom: 400 }, viewport), onActivate: () => {} }), root);
      const style = root.querySelector('.vl-badge')!.getAttribute('style')!;
      expect(style).toMatch(/right:\s*404px/);
      expect(style).toMatch(/top:\s*372px/);
      expect(style).not.toMatch(/left/);
    } finally {
      render(null, root);
      delete (globalThis as { document?: unknown }).document;
    }
  });
});
