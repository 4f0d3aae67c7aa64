/**
 * How findings are named and shown, in one place for the extension, the site and the CLI: each
 * lens's label, colour, underline style and NHS.UK tag, and each severity's words.
 * Colour is never the only signal: each lens also has its own underline style and its name in words
 * (the badge once had one- and two-letter marks, "Ca", "Cl": they read as chemical symbols).
 */
import type { Lens, Severity } from './types.js';

export interface LensLook {
  label: string;
  /** For underlines and the badge: from the NHS identity palette, each at least 4.5:1 on white. */
  colour: string;
  /** CSS text-decoration-style. */
  line: 'wavy' | 'double' | 'dashed' | 'dotted';
  /** The nhsuk-frontend tag colour of the same hue (nhsuk-tag--<tag>), for the site. */
  tag: string;
}

export const LENS_LOOK: Record<Lens, LensLook> = {
  candour: { label: 'Candour', colour: '#330072', line: 'wavy', tag: 'purple' },
  compassion: { label: 'Compassion', colour: '#7c2855', line: 'double', tag: 'pink' },
  respect: { label: 'Respect', colour: '#005eb8', line: 'dashed', tag: 'blue' },
  clarity: { label: 'Clarity', colour: '#006747', line: 'dotted', tag: 'aqua-green' },
};

export const LENS_LABEL = Object.fromEntries(Object.entries(LENS_LOOK).map(([l, look]) => [l, look.label])) as Record<Lens, string>;

/** What each severity asks of the writer, in words for readers. */
export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Never use', warning: 'Change this', advice: 'Worth a thought' };
/** The nhsuk-frontend tag colour for each severity. */
export const SEVERITY_TAG: Record<Severity, string> = { error: 'red', warning: 'orange', advice: 'grey' };

/** A rule's guidance page, relative to the site root (and to the extension's bundled guidance). */
export function ruleUrl(id: string): string {
  return `rules/${id}.html`;
}
