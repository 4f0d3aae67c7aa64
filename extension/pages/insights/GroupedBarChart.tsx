/**
 * A hand-made SVG bar chart: for each group (a week) one bar per series (a lens, a kind of action).
 * Screen readers get its title and description, and everyone gets the same numbers in a visible
 * table below it; each series has a pattern as well as a colour, named in the legend.
 */
import type { GroupedData } from './insights-data.js';
import { PatternDefs, Swatch, fillOf, type SeriesLook } from './chart-look.js';

export interface GroupedBarChartProps<K extends string> {
  /** Unique on the page: prefixes the ids of the title, description and patterns. */
  id: string;
  title: string;
  description: string;
  data: GroupedData<K>;
  looks: Record<K, SeriesLook>;
  /** The group's name in the table (and, shortened, under its bars). */
  groupLabel(group: string): string;
  axisLabel(group: string): string;
  groupHeading: string;
}

const WIDTH = 640;
const HEIGHT = 240;
const LEFT = 40;
const BOTTOM = 28;
const TOP = 12;

/** The top of the scale: the largest value rounded up to 1, 2 or 5 times a power of ten (at least 1). */
export function scaleTop(max: number): number {
  if (max <= 1) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((m) => m * p).find((v) => v >= max)!;
}

/** Whole numbers on the scale (counts have no halves): the middle only when it is one. */
export function ticks(top: number): number[] {
  return top % 2 === 0 ? [0, top / 2, top] : [0, top];
}

export function GroupedBarChart<K extends string>(p: GroupedBarChartProps<K>) {
  const { groups, series } = p.data;
  const top = scaleTop(Math.max(0, ...series.flatMap((s) => s.values)));
  const plotW = WIDTH - LEFT - 8;
  const plotH = HEIGHT - TOP - BOTTOM;
  const groupW = plotW / Math.max(1, groups.length);
  const barW = (groupW * 0.8) / Math.max(1, series.length);
  const y = (v: number) => TOP + plotH - (v / top) * plotH;
  const looks = series.map((s) => [s.key, p.looks[s.key]] as [string, SeriesLook]);
  return (
    <figure class="insights-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${p.id}-title ${p.id}-desc`} focusable="false">
        <title id={`${p.id}-title`}>{p.title}</title>
        <desc id={`${p.id}-desc`}>{p.description}</desc>
        <PatternDefs chartId={p.id} looks={looks} />
        {ticks(top).map((t) => (
          <g>
            <line x1={LEFT} x2={WIDTH - 8} y1={y(t)} y2={y(t)} stroke="#d8dde0" />
            <text x={LEFT - 6} y={y(t) + 4} text-anchor="end" class="insights-axis">
              {t}
            </text>
          </g>
        ))}
        {groups.map((g, gi) => (
          <g>
            {series.map((s, si) => {
              const v = s.values[gi];
              const look = p.looks[s.key];
              return (
                <rect
                  x={LEFT + gi * groupW + groupW * 0.1 + si * barW}
                  y={y(v)}
                  width={Math.max(1, barW - 1)}
                  height={TOP + plotH - y(v)}
                  fill={fillOf(p.id, s.key, look)}
                  stroke={v > 0 ? '#212b32' : 'none'}
                  stroke-width="0.5"
                >
                  <title>{`${look.label}, ${p.groupLabel(g)}: ${v}`}</title>
                </rect>
              );
            })}
            <text x={LEFT + gi * groupW + groupW / 2} y={HEIGHT - 8} text-anchor="middle" class="insights-axis">
              {p.axisLabel(g)}
            </text>
          </g>
        ))}
        <line x1={LEFT} x2={WIDTH - 8} y1={TOP + plotH} y2={TOP + plotH} stroke="#212b32" />
      </svg>
      <figcaption>
        <ul class="insights-legend" aria-label="Key">
          {looks.map(([key, look]) => (
            <li>
              <Swatch chartId={p.id} seriesKey={key} look={look} /> {look.label}
            </li>
          ))}
        </ul>
      </figcaption>
      <table class="insights-table">
        <caption>{p.title}: the numbers</caption>
        <thead>
          <tr>
            <th scope="col">{p.groupHeading}</th>
            {looks.map(([, look]) => (
              <th scope="col">{look.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((g, gi) => (
            <tr>
              <th scope="row">{p.groupLabel(g)}</th>
              {series.map((s) => (
                <td>{s.values[gi]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
