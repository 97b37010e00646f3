// A record with what legitimately differs between renderings of one document removed: where it came
// from (source, id, every loc, budget cell places) and how a formula was written (LaTeX, MathML, plain).
import type { DisclosureRecord } from '../../src/model/index.ts';

/** The record as a plain object without provenance, for cross-format equality. */
export function comparable(record: DisclosureRecord): unknown {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v)
          .filter(([k]) => k !== 'loc')
          .map(([k, x]) => [k, strip(x)]),
      );
    }
    return v;
  };
  const { source: _s, id: _i, budget, formulas, sheetFormulas: _sf, unreadRows, flags, ...rest } = record;
  return strip({
    ...rest,
    // A skipped row is compared by what it was, not by how its cells happened to be laid out.
    unreadRows: unreadRows.map((u) => ({ section: u.section, reason: u.reason })),
    flags: flags.map(({ actual, ...f }) => (f.target.kind === 'row' ? f : { ...f, actual })),
    budget: { ...budget, loc: undefined },
    formulas: formulas.map(({ text: _t, syntax: _x, ...f }) => f),
  });
}
