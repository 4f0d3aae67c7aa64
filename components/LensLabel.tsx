/** A lens name with its underline sample, so lenses differ by more than colour. */
import type { Lens } from '../engine/index.js';
import { LENS_LOOK } from '../engine/index.js';

export function LensLabel({ lens }: { lens: Lens }) {
  const look = LENS_LOOK[lens];
  return (
    <span style={{ color: look.colour, fontWeight: 600, textDecoration: `underline ${look.line} ${look.colour}`, textUnderlineOffset: '3px' }}>
      {look.label}
    </span>
  );
}
