/** Small pieces of markup shared by several pages. */
import type { Lens, Severity } from '../../engine/types.js';
import { html, type Html } from './html.js';
import { LENS_LABEL, LENS_TAG, SEVERITY_LABEL, SEVERITY_TAG } from './labels.js';

export const lensTag = (lens: Lens): Html => html`<strong class="nhsuk-tag ${LENS_TAG[lens]}">${LENS_LABEL[lens]}</strong>`;
export const severityTag = (s: Severity): Html => html`<strong class="nhsuk-tag ${SEVERITY_TAG[s]}">${SEVERITY_LABEL[s]}</strong>`;

/** Text with some spans marked, as <mark> (the flagged words of an example). */
export function markedText(text: string, marks: ReadonlyArray<{ start: number; end: number; label?: string }>): Html {
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  const parts: Html[] = [];
  let at = 0;
  for (const m of sorted) {
    if (m.start < at) continue;
    parts.push(html`${text.slice(at, m.start)}`);
    parts.push(html`<mark class="vl-mark">${text.slice(m.start, m.end)}${m.label ? html`<sup class="vl-mark__label">${m.label}</sup>` : ''}</mark>`);
    at = m.end;
  }
  parts.push(html`${text.slice(at)}`);
  return html`${parts}`;
}
