// The rows a generated document repeats word for word (its generator draws indicators with replacement): the
// duplicate-row flags its record must carry, beside the defects the generator injected on purpose.
type GoldIndicator = { no: number; name: string; level1: string | null; level2: string | null; value: { raw: string | null } };

/** Numbers of the gold indicators that repeat an earlier one's levels, name and target. */
export function repeatedIndicators(gold: { indicators: readonly GoldIndicator[] }): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  for (const i of gold.indicators) {
    const key = [i.level1, i.level2, i.name, i.value.raw ?? ''].join('\u0001');
    if (seen.has(key)) out.push(i.no);
    seen.add(key);
  }
  return out;
}
