import { esc } from "./escape.ts";

/** Charts drawn as inline SVG: no script, no library, every number written as a text label. */

export interface Slice {
  label: string;
  value: number;
  color: string;
}

const n = (x: number) => String(Math.round(x * 10) / 10);

/** A pie of states, with a legend giving each count. */
export function pieChart(id: string, title: string, slices: Slice[]): string {
  const total = slices.reduce((s, x) => s + x.value, 0);
  const r = 80;
  let angle = -Math.PI / 2;
  const paths = slices
    .filter((s) => s.value > 0)
    .map((s) => {
      const sweep = (s.value / total) * 2 * Math.PI;
      const [x1, y1] = [100 + r * Math.cos(angle), 100 + r * Math.sin(angle)];
      angle += sweep;
      const [x2, y2] = [100 + r * Math.cos(angle), 100 + r * Math.sin(angle)];
      const d =
        s.value === total
          ? `M ${100 - r} 100 a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0`
          : `M 100 100 L ${n(x1)} ${n(y1)} A ${r} ${r} 0 ${sweep > Math.PI ? 1 : 0} 1 ${n(x2)} ${n(y2)} Z`;
      return `<path class="slice" d="${d}" fill="${s.color}"><title>${esc(s.label)}: ${s.value}</title></path>`;
    });
  const legend = slices.map(
    (s, i) =>
      `<rect x="220" y="${30 + i * 28}" width="14" height="14" fill="${s.color}"/><text class="legend" x="242" y="${42 + i * 28}">${esc(s.label)}: ${s.value}</text>`,
  );
  return svg(id, title, 420, 200, [...paths, ...legend]);
}

export interface Bar {
  label: string;
  value: number;
  /** A line point over the bar, 0..1 (completion), or null. */
  line: number | null;
}

/** Bars of counts with a line of rates (right axis 0-100 %), one group per label. */
export function barLineChart(id: string, title: string, bars: Bar[]): string {
  const width = Math.max(360, 60 + bars.length * 56);
  const [top, bottom, height] = [20, 40, 240];
  const plot = height - top - bottom;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const x = (i: number) => 50 + i * 56;
  const y = (v: number) => top + plot - (v / max) * plot;
  const shapes = bars.flatMap((b, i) => [
    `<rect class="bar" x="${x(i)}" y="${n(y(b.value))}" width="32" height="${n(plot - (y(b.value) - top))}" fill="#4c78a8"><title>${esc(b.label)}: ${b.value}</title></rect>`,
    `<text class="value" x="${x(i) + 16}" y="${n(y(b.value) - 4)}" text-anchor="middle">${b.value}</text>`,
    `<text class="axis" x="${x(i) + 16}" y="${height - bottom + 16}" text-anchor="middle">${esc(b.label)}</text>`,
  ]);
  const points = bars
    .map((b, i) => (b.line === null ? null : `${x(i) + 16},${n(top + plot - b.line * plot)}`))
    .filter((p) => p !== null);
  const dots = bars.flatMap((b, i) =>
    b.line === null
      ? []
      : [
          `<circle class="point" cx="${x(i) + 16}" cy="${n(top + plot - b.line * plot)}" r="4" fill="#e45756"><title>${esc(b.label)}: ${Math.round(b.line * 100)} %</title></circle>`,
        ],
  );
  const line =
    points.length > 1
      ? [
          `<polyline class="line" points="${points.join(" ")}" fill="none" stroke="#e45756" stroke-width="2"/>`,
        ]
      : [];
  const axis = [
    `<line x1="44" y1="${top + plot}" x2="${width - 10}" y2="${top + plot}" stroke="#888"/>`,
    `<text class="scale" x="${width - 4}" y="${top + 4}" text-anchor="end" fill="#e45756">100 %</text>`,
    `<text class="scale" x="${width - 4}" y="${top + plot}" text-anchor="end" fill="#e45756">0 %</text>`,
  ].join("");
  return svg(id, title, width, height, [axis, ...shapes, ...line, ...dots]);
}

function svg(id: string, title: string, width: number, height: number, body: string[]): string {
  return `<svg data-chart="${esc(id)}" role="img" aria-label="${esc(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title>${esc(title)}</title>${body.join("")}</svg>`;
}
