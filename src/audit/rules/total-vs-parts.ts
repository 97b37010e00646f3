import { sameLoc, type BudgetPart, type DisclosureRecord, type Loc } from '../../model/index.ts';
import { defineRule } from '../rule.ts';
import { sumPrinted, type Printed } from '../../arith/rounding.ts';
import { judgeSum, moneyTotalOf } from '../points.ts';
import { printed, show } from '../printed.ts';

/** The label of a part that is its group's own total (a 合计 column under 基本支出, a 合计 row). */
const TOTAL_LABEL = /^(?:合\s*计|小\s*计|总\s*计|总\s*额)$/u;

/** Budget field paths by the label a person reads in the table. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  'expenditure.basic': '基本支出',
  'expenditure.project': '项目支出',
  'expenditure.developmentSpecial': '财政专项资金',
  'expenditure.developmentOther': '其他事业发展性支出',
  'expenditure.total': '总额',
  'income.fiscalAppropriation': '财政拨款',
  'income.other': '其他资金',
  'income.total': '收入合计',
};

type Check = { field: string; total: Printed; totalLabel: string; parts: Array<{ label: string; value: Printed }>; loc: Loc };

/**
 * 合计/总额 cells equal the parts printed under or beside them. 总额 = 基本支出 + 项目支出 is budget-identity's
 * "expenditure lines vs 支出合计" (with no 事业发展性支出 lines it is exactly that sum): not judged twice here.
 */
export default defineRule({
  meta: {
    id: 'total-vs-parts',
    severity: 'warning',
    description:
      "Checks printed 合计/总额 cells against their parts: budget lines' 合计 = 财政拨款 + 专户资金 + 单位资金, a 合计 row = its rows, 年度资金总额 = 财政拨款 + 其他资金.",
  },
  check(record, report) {
    // A part printed but read as no one figure (two columns' figures run together): its line is not judged, and says so.
    for (const p of record.budgetParts ?? [])
      if (unread(p))
        report({
          target: { kind: 'budget', field: p.of },
          loc: p.loc,
          actual: p.raw,
          severity: 'info',
          message: `${FIELD_LABELS[p.of] ?? p.of} ${p.label} printed as "${p.raw}" reads as no one figure: the line's parts are not added up`,
        });
    for (const c of [...partChecks(record), ...fundsCheck(record)]) {
      const sum = sumPrinted(c.parts.map((p) => p.value));
      const verdict = judgeSum(sum, moneyTotalOf(c.total));
      if (verdict === 'ok') continue;
      report({
        target: { kind: 'budget', field: c.field },
        loc: c.loc,
        expected: c.total.value.toNumber(),
        actual: sum.value.toNumber(),
        severity: verdict === 'rounded' ? 'info' : undefined,
        message:
          `${c.totalLabel} ${show(c.total.value)} against ${c.parts.map((p) => p.label).join(' + ')} = ${show(sum.value)}` +
          (verdict === 'rounded' ? ', equal at the printed precision' : ` (${record.budget.unit})`),
      });
    }
  },
});

/** A part printed with text that reads as no figure (an empty cell is a part not printed). */
const unread = (p: BudgetPart) => p.amount === null && p.raw.trim() !== '';

/** budgetParts by the line they belong to; the total is the group's own 合计 part, else the budget field it names. */
function partChecks(record: DisclosureRecord): Check[] {
  const groups = new Map<string, BudgetPart[]>();
  for (const p of record.budgetParts ?? []) groups.set(p.of, [...(groups.get(p.of) ?? []), p]);
  const checks: Check[] = [];
  for (const [of, members] of groups) {
    const own = members.find((p) => p.label === of || TOTAL_LABEL.test(p.label));
    // A part printed but read as no figure: the sum cannot be judged without it.
    if (members.some((p) => p !== own && unread(p))) continue;
    const total = own ? printed(own.raw, own.amount) : printed(record.budget.raw[of], budgetValue(record, of));
    const parts = members
      .filter((p) => p !== own)
      .flatMap((p) => {
        const value = printed(p.raw, p.amount);
        return value ? [{ label: p.label, value }] : [];
      });
    if (!total || parts.length === 0) continue;
    checks.push({
      field: of,
      total,
      totalLabel: own && FIELD_LABELS[of] ? `${FIELD_LABELS[of]} ${own.label}` : (FIELD_LABELS[of] ?? of),
      parts,
      loc: own?.loc ?? record.budget.loc[of] ?? members[0]!.loc,
    });
  }
  return checks;
}

/** 年度资金总额 = 财政拨款 + 其他资金, when all three are printed. */
function fundsCheck(record: DisclosureRecord): Check[] {
  const p = record.project;
  if (!p) return [];
  // Funds a self-evaluation printed only as lines of its funds block are that block's, which execution-total judges
  // with every line it prints (上年结转资金, 单位资金 …).
  const totalLoc = p.loc['funds.total'];
  if (totalLoc && record.execution?.lines.some((l) => sameLoc(l.loc, totalLoc))) return [];
  const total = printed(p.raw['funds.total'], p.funds.total);
  const fiscal = printed(p.raw['funds.fiscal'], p.funds.fiscal);
  const other = printed(p.raw['funds.other'], p.funds.other);
  if (!total || !fiscal || !other) return [];
  // 上年结转, where the form prints it, is a third part.
  const carryover = printed(p.raw['funds.carryover'], p.funds.carryover ?? null);
  return [
    {
      field: 'project.funds.total',
      total,
      totalLabel: '年度资金总额',
      parts: [{ label: '财政拨款', value: fiscal }, ...(carryover ? [{ label: '上年结转', value: carryover }] : []), { label: '其他资金', value: other }],
      loc: p.loc['funds.total'] ?? {},
    },
  ];
}

/** The normalized value of a budget field path ("expenditure.basic"), null when the path names none. */
function budgetValue(record: DisclosureRecord, path: string): number | null {
  const [side, key] = path.split('.');
  const group = side === 'expenditure' ? record.budget.expenditure : side === 'income' ? record.budget.income : null;
  const v = group && key ? (group as Record<string, number | null>)[key] : null;
  return typeof v === 'number' ? v : null;
}
