/**
 * The badge on issue 13's letter: it read "Ca 3 Co 5 R 5 Cl 25" (calcium and chloride?). Now its
 * face is the total beside a stack of the lenses' line styles, and the counts are spelled out in its
 * accessible name and its tooltip.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { FieldBadge } from '../../extension/in-page/FieldBadge.js';

const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
const root = document.getElementById('root') as unknown as HTMLElement;

function badge(counts: { candour: number; compassion: number; respect: number; clarity: number }) {
  render(h(FieldBadge, { counts, position: { right: 10, top: 400 }, onActivate: () => {} }), root);
  const b = root.querySelector('.vl-badge')!;
  const face = [...b.children].filter((c) => !c.classList.contains('vl-tip')).map((c) => c.textContent).join('');
  const tip = [...b.querySelector('.vl-tip')!.children].map((c) => c.textContent);
  return { b, face, tip };
}

beforeEach(() => {
  (globalThis as { document?: unknown }).document = document;
});
afterEach(() => {
  render(null, root);
  delete (globalThis as { document?: unknown }).document;
});

describe('the field badge', () => {
  it('shows the total, not one- or two-letter lens marks, and spells the lenses out', () => {
    const { b, face, tip } = badge({ candour: 3, compassion: 5, respect: 5, clarity: 25 });
    expect(face).toBe('38');
    expect(b.textContent).not.toMatch(/\b(Ca|Co|R|Cl)\b/);
    expect(b.getAttribute('aria-label')).toBe('Values Lens: 3 candour, 5 compassion, 5 respect, 25 clarity');
    expect(tip).toEqual(['Values Lens', '3 candour', '5 compassion', '5 respect', '25 clarity']);
    // One line sample per lens with findings, in its underline style.
    expect([...b.querySelectorAll('.vl-badge-line')].map((l) => l.getAttribute('class'))).toEqual([
      'vl-badge-line vl-line-wavy',
      'vl-badge-line vl-line-double',
      'vl-badge-line vl-line-dashed',
      'vl-badge-line vl-line-dotted',
    ]);
  });

  it('leaves out lenses with nothing, and shows a tick when there is nothing at all', () => {
    expect(badge({ candour: 0, compassion: 1, respect: 0, clarity: 2 }).tip).toEqual(['Values Lens', '1 compassion', '2 clarity']);
    const none = badge({ candour: 0, compassion: 0, respect: 0, clarity: 0 });
    expect(none.face).toBe('✓');
    expect(none.b.getAttribute('aria-label')).toBe('Values Lens: nothing to check');
  });

  it('puts the tooltip below the badge near the top of the window, where above would be off screen', () => {
    render(h(FieldBadge, { counts: { candour: 1, compassion: 0, respect: 0, clarity: 0 }, position: { right: 10, top: 40 }, onActivate: () => {} }), root);
    expect(root.querySelector('.vl-tip')!.classList.contains('vl-tip--below')).toBe(true);
  });
});
