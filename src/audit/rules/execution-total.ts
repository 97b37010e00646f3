import type { ExecutionLine } from '../../model/index.ts';
import { defineRule } from '../rule.ts';
import { labelKey } from '../../parse/shared/text.ts';
import { big } from '../../arith/bignum.ts';
import { sumPrinted, type Printed } from '../../arith/rounding.ts';
import { judgeSum, moneyTotalOf, type SumVerdict } from '../points.ts';
import { printed, show } from '../printed.ts';

/** The line that totals a funds block: 年度资金总额, 资金总额, 总额, 合计. */
const TOTAL_LINE = /^(?:年度资金总额|项目资金总额|资金总额|总额|合计|总计)$/u;
/** A subtotal line: 财政资金小计, 其他资金小计. */
const SUBTOTAL = /小计$/u;
const COLUMNS = [
  ['planned', '年初预算数'],
  ['adjusted', '全年预算数'],
  ['executed', '全年执行数'],
] as const;

type Column = (typeof COLUMNS)[number][0];

/**
 * 年度资金总额 = the lines under it (其中:当年财政拨款, 上年结转资金, 其他资金), column by column. A block may list
 * its funds twice, by source and by use (财政拨款 + 其他资金, then 基本支出 + 项目支出), and forms also nest 其中
 * lines (中央资金 under 财政拨款): the lines are cut into groups that each add up to the total exactly in some
 * column with a non-zero total, and each group is then judged in every column. Lines that add up in no column
 * are not read as parts at all: a column that misses is then the document's error, not our reading of its rows.
 */
export default defineRule({
  meta: {
    id: 'execution-total',
    severity: 'warning',
    description:
      "Checks a self-evaluation's 年度资金总额 line against the sum of the fund lines under it, in each amount column, and each 小计 line against its own lines.",
  },
  check(record, report) {
    const lines = record.execution?.lines ?? [];
    const at = lines.findIndex((l) => TOTAL_LINE.test(labelKey(l.label)));
    if (at < 0) return;
    const total = lines[at]!;
    const under = lines.slice(at + 1);
    // Fujian's block prints subtotals (财政资金小计 over ①②③, 其他资金小计): the total is their sum, each their lines'.
    const subtotals = under.filter((l) => SUBTOTAL.test(labelKey(l.label)));
    // A total that its lines add up to while a subtotal does not: the subtotal is the one misprinted.
    const leaves = under.filter((l) => !subtotals.includes(l));
    const sums: Array<[ExecutionLine, ExecutionLine[][], ExecutionLine[]?]> = subtotals.length
      ? [[total, [subtotals], leaves], ...subtotals.map((s): [ExecutionLine, ExecutionLine[][]] => [s, [linesOf(s, under)]])]
      : [[total, partsOf(total, under) ?? []]];
    for (const [line, groups, alternative] of sums) {
      const index = lines.indexOf(line);
      for (const [field, name] of COLUMNS) {
        if (alternative && judge(line, alternative, field)?.verdict === 'ok') continue;
        // One flag per column: the first group that misses (a second grouping of the same total repeats it).
        const j = groups
          .filter((g) => g.length > 0)
          .map((g) => judge(line, g, field))
          .find((x) => x !== null && x.verdict !== 'ok');
        if (!j) continue;
        report({
          target: { kind: 'budget', field: `execution.${line.label}.${field}`, index },
          loc: line.loc,
          expected: j.sum.value.toNumber(),
          actual: j.total.value.toNumber(),
          severity: j.verdict === 'rounded' ? 'info' : undefined,
          message:
            `${line.label} ${name} ${show(j.total.value)} against the lines under it ` +
            `(${j.parts.map((p) => p.label).join(' + ')}) = ${show(j.sum.value)}` +
            (j.verdict === 'rounded' ? ', equal at the printed precision' : ''),
        });
      }
    }
  },
});

/** A subtotal's own lines: those after it up to the next subtotal. */
function linesOf(subtotal: ExecutionLine, under: ExecutionLine[]): ExecutionLine[] {
  const from = under.indexOf(subtotal) + 1;
  const next = under.findIndex((l, k) => k >= from && SUBTOTAL.test(labelKey(l.label)));
  return under.slice(from, next < 0 ? undefined : next);
}

/** The lines under the total cut into runs that each add up to it exactly in one column; null when none does. */
function partsOf(total: ExecutionLine, lines: ExecutionLine[]): ExecutionLine[][] | null {
  if (lines.length < 2) return null;
  for (const [field] of COLUMNS) {
    const t = printed(total.raw[field], total[field]);
    if (!t || t.value.isZero()) continue;
    const groups: ExecutionLine[][] = [];
    let run: ExecutionLine[] = [];
    let sum = big(0);
    for (const line of lines) {
      const v = printed(line.raw[field], line[field]);
      // A line of nothing after a run that closed (其他资金 | 0) belongs to that run.
      if (run.length === 0 && groups.length > 0 && (!v || v.value.isZero())) {
        groups.at(-1)!.push(line);
        continue;
      }
      run.push(line);
      if (v) sum = sum.plus(v.value);
      if (sum.eq(t.value)) {
        groups.push(run);
        run = [];
        sum = big(0);
      }
    }
    if (run.length === 0 && groups.some((g) => g.length > 1)) return groups;
  }
  return null;
}

type Judged = { total: Printed; parts: ExecutionLine[]; sum: ReturnType<typeof sumPrinted>; verdict: SumVerdict };

/** One column of one group: the total line's figure against its parts' (a part printing none, `/` or blank, counts nothing). */
function judge(total: ExecutionLine, parts: ExecutionLine[], field: Column): Judged | null {
  const printedTotal = printed(total.raw[field], total[field]);
  const printedParts = parts.map((p) => printed(p.raw[field], p[field])).filter((p): p is Printed => p !== null);
  if (!printedTotal || printedParts.length === 0) return null;
  // A column printing 814.5 beside 214 drops trailing zeros: its precision is its most decimals, for every figure.
  const decimals = Math.max(printedTotal.decimals, ...printedParts.map((p) => p.decimals));
  const t = { ...printedTotal, decimals };
  const sum = sumPrinted(printedParts.map((p) => ({ ...p, decimals })));
  return { total: t, parts, sum, verdict: judgeSum(sum, moneyTotalOf(t)) };
}
