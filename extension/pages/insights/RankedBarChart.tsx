/**
 * A hand-made horizontal SVG bar chart of the rules that found most: one bar per rule, its number
 * written at the end of the bar and its lens as a pattern and colour, with the same figures in a
 * visible table below (the rule's full title and lens in words).
 */
import type { RankedRule } from './insights-data.js';
import { PatternDefs, fillOf, lensLook, type SeriesLook } from './chart-look.js';

const WIDTH = 640;
const ROW = 26;
const LABEL_W = 230;
const LABEL_CHARS = 32;

/** A phrase the page cannot place in a lens (an organisation's phrase from its policy). */
const NO_LENS: SeriesLook = { label: 'Other', colour: '#4c6272', pattern: 'solid' };

const lookOf = (r: RankedRule) => (r.lens ? lensLook(r.lens) : NO_LENS);
const short = (s: string) => (s.length > LABEL_CHARS ? `${s.slice(0, LABEL_CHARS - 1)}…` : s);

export function RankedBarChart(p: { id: string; title: string; description: string; rows: RankedRule[] }) {
  const max = Math.max(1, ...p.rows.map((r) => r.count));
  const height = p.rows.length * ROW + 8;
  const barMax = WIDTH - LABEL_W - 50;
  const keyOf = (r: RankedRule) => r.lens ?? 'other';
  const looks = [...new Map(p.rows.map((r) => [keyOf(r), lookOf(r)])).entries()];
  return (
    <figure class="insights-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${p.id}-title ${p.id}-desc`} focusable="false">
        <title id={`${p.id}-title`}>{p.title}</title>
        <desc id={`${p.id}-desc`}>{p.description}</desc>
        <PatternDefs chartId={p.id} looks={looks} />
        {p.rows.map((r, i) => {
          const w = Math.max(2, (r.count / max) * barMax);
          const yTop = 4 + i * ROW;
          return (
            <g>
              <text x={LABEL_W - 8} y={yTop + 16} text-anchor="end" class="insights-axis">
                {short(r.title)}
              </text>
              <rect x={LABEL_W} y={yTop + 3} width={w} height={ROW - 8} fill={fillOf(p.id, keyOf(r), lookOf(r))} stroke="#212b32" stroke-width="0.5">
                <title>{`${r.title} (${lookOf(r).label}): ${r.count}`}</title>
              </rect>
              <text x={LABEL_W + w + 6} y={yTop + 16} class="insights-axis">
                {r.count}
              </text>
            </g>
          );
        })}
      </svg>
      <table class="insights-table">
        <caption>{p.title}: the numbers</caption>
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">Lens</th>
            <th scope="col">Findings</th>
          </tr>
        </thead>
        <tbody>
          {p.rows.map((r) => (
            <tr>
              <th scope="row">{r.title}</th>
              <td>{lookOf(r).label}</td>
              <td>{r.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
