// The flags-by-rule bar chart as inline SVG: one bar per rule, stacked by severity, no script or library.
import { html, type Html } from './escape.ts';
import { SEVERITIES, type RuleCount } from './summary.ts';

const BAR_H = 18;
const GAP = 6;
const LABEL_W = 190;
const BAR_W = 360;
const COUNT_W = 40;
export const SEVERITY_COLOR = { error: '#c62828', warning: '#ef8c00', info: '#5c8fc9' } as const;

/** A horizontal stacked bar chart of flag counts per rule (role="img", with a text title per segment). */
export function ruleChart(counts: readonly RuleCount[]): Html {
  if (counts.length === 0) return html`<p class="muted">No flags.</p>`;
  const max = Math.max(...counts.map((c) => c.total));
  const height = counts.length * (BAR_H + GAP) + GAP;
  const width = LABEL_W + BAR_W + COUNT_W;
  const bars = counts.map((c, i) => {
    const y = GAP + i * (BAR_H + GAP);
    let x = LABEL_W;
    const segments = SEVERITIES.filter((s) => c[s] > 0).map((s) => {
      const w = (c[s] / max) * BAR_W;
      const seg = html`<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR_H}" fill="${SEVERITY_COLOR[s]}"><title>${c.rule}: ${c[s]} ${s}</title></rect>`;
      x += w;
      return seg;
    });
    return html`<g class="bar" data-rule="${c.rule}"><text x="${LABEL_W - 6}" y="${y + BAR_H - 5}" text-anchor="end">${c.rule}</text>${segments}<text x="${x + 5}" y="${y + BAR_H - 5}">${c.total}</text></g>`;
  });
  const legend = SEVERITIES.map(
    (s, i) =>
      html`<rect x="${LABEL_W + i * 90}" y="${height + 2}" width="10" height="10" fill="${SEVERITY_COLOR[s]}"/><text x="${LABEL_W + i * 90 + 14}" y="${height + 11}">${s}</text>`,
  );
  return html`<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height + 18}" viewBox="0 0 ${width} ${height + 18}" role="img" aria-label="flags by rule and severity">${bars}${legend}</svg>`;
}
