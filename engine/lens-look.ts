/** How each lens looks. Colour is never the only signal: each lens also has its own underline style and a letter. */
import type { Lens } from './index.js';

export interface LensLook {
  label: string;
  colour: string;
  /** CSS text-decoration-style. */
  line: 'wavy' | 'double' | 'dashed' | 'dotted';
  /** One letter for the badge, beside the colour. */
  mark: string;
}

// Colours from the NHS identity palette, each at least 4.5:1 on white.
export const LENS_LOOK: Record<Lens, LensLook> = {
  candour: { label: 'Candour', colour: '#d5281b', line: 'wavy', mark: 'Ca' },
  compassion: { label: 'Compassion', colour: '#7c2855', line: 'double', mark: 'Co' },
  respect: { label: 'Respect', colour: '#005eb8', line: 'dashed', mark: 'R' },
  clarity: { label: 'Clarity', colour: '#006747', line: 'dotted', mark: 'Cl' },
};
