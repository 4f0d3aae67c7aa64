/**
 * How each series looks in the insights charts: a colour and a fill pattern, so that colour is never
 * the only cue (WCAG 1.4.1), and a label for legends and tables. Lenses take their colours from
 * engine/finding-labels.ts (LENS_LOOK), as the underlines do.
 */
import { LENS_LOOK, type Lens } from '../../../engine/index.js';
import type { ActionKind } from '../../protocol/messages.js';

export type Pattern = 'solid' | 'diagonal' | 'dots' | 'stripes';

export interface SeriesLook {
  label: string;
  colour: string;
  pattern: Pattern;
}

/** Each lens's pattern, chosen to echo its underline (wavy: solid, double: stripes, dashed: diagonal, dotted: dots). */
const LENS_PATTERN: Record<Lens, Pattern> = { candour: 'solid', compassion: 'stripes', respect: 'diagonal', clarity: 'dots' };

export function lensLook(lens: Lens): SeriesLook {
  return { label: LENS_LOOK[lens].label, colour: LENS_LOOK[lens].colour, pattern: LENS_PATTERN[lens] };
}

/** NHS identity colours, each at least 4.5:1 on white. */
export const ACTION_LOOK: Record<ActionKind, SeriesLook> = {
  fixed: { label: 'Fixes applied', colour: '#007f3b', pattern: 'solid' },
  ignored: { label: 'Ignored', colour: '#4c6272', pattern: 'diagonal' },
  reported: { label: 'Reported as wrong', colour: '#7c2855', pattern: 'dots' },
};

/** The fill for a series: its colour, or a pattern over it (defined by <PatternDefs>). */
export function fillOf(chartId: string, key: string, look: SeriesLook): string {
  return look.pattern === 'solid' ? look.colour : `url(#${chartId}-${key})`;
}

/** White marks over the series' colour: stripes, diagonal lines or dots. */
export function PatternDefs({ chartId, looks }: { chartId: string; looks: Array<[string, SeriesLook]> }) {
  return (
    <defs>
      {looks
        .filter(([, l]) => l.pattern !== 'solid')
        .map(([key, l]) => (
          <pattern id={`${chartId}-${key}`} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" fill={l.colour} />
            {l.pattern === 'stripes' && <rect y="2" width="6" height="2" fill="#fff" />}
            {l.pattern === 'diagonal' && <path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke="#fff" stroke-width="1.5" />}
            {l.pattern === 'dots' && <circle cx="3" cy="3" r="1.3" fill="#fff" />}
          </pattern>
        ))}
    </defs>
  );
}

/** A legend entry's sample: a small square with the series' fill and a dark border. */
export function Swatch({ chartId, seriesKey, look }: { chartId: string; seriesKey: string; look: SeriesLook }) {
  return (
    <svg class="insights-swatch" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      <PatternDefs chartId={`${chartId}-swatch`} looks={[[seriesKey, look]]} />
      <rect x="1" y="1" width="16" height="16" fill={fillOf(`${chartId}-swatch`, seriesKey, look)} stroke="#212b32" stroke-width="1" />
    </svg>
  );
}
