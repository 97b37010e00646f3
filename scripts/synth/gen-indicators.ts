// Indicator rows: 10–60, grouped under the three levels of the template, in the template's order.
import type { Rng } from './rng.ts';
import type { Indicator } from './model.ts';
import { COST_LEVEL1, INDICATORS, UNITS } from './vocab.ts';

/** Indicators numbered 1..n, every level group used at least once; half the documents use the newer
 * framework, where 成本指标 is a level-1 label instead of a level-2 one under 产出指标. */
export function draftIndicators(rng: Rng): Indicator[] {
  const n = rng.int(10, 60);
  const groups = rng.chance(0.5) ? INDICATORS : INDICATORS.map((g) => (g.level2 === '成本指标' ? COST_LEVEL1 : g));
  const counts = groups.map(() => 1);
  for (let k = groups.length; k < n; k++) counts[rng.int(0, counts.length - 1)]!++;
  const out: Indicator[] = [];
  groups.forEach((group, g) => {
    for (let k = 0; k < counts[g]!; k++) {
      const t = rng.pick(group.items);
      const name = t.name.replace(/\{u\}/g, rng.pick(UNITS)[0]);
      out.push({ no: out.length + 1, name, raw: rng.pick(t.values), level1: group.level1, level2: group.level2 });
    }
  });
  return out;
}
