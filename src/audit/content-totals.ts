// Totals stated in a task's prose ("以上预算共计8.05万元", "合计210万元", "共需配套411.6万元").
import { MONEY_UNIT_PATTERN, type MoneyUnit } from '../arith/money.ts';
import { decimalsOf } from '../arith/printed.ts';

export type StatedTotal = { text: string; value: string; decimals: number; unit: MoneyUnit; index: number };

const NUM = String.raw`(\d[\d,]*(?:\.\d+)?)\s*(${MONEY_UNIT_PATTERN})`;
/** Words that announce the grand total of a task. */
const STRONG = new RegExp(String.raw`(?:共计|合计|总计|总额为?|总预算为?|共需配套|预算共计)[^\d。;]{0,12}?${NUM}`, 'gu');
/** Words that may announce a total or a part ("共需8000元"): trusted only for the last amount of the text. */
const WEAK = new RegExp(String.raw`(?:共需|共)[^\d。;]{0,12}?${NUM}`, 'gu');
const ANY_AMOUNT = new RegExp(NUM, 'gu');

/** The total a task's content states for itself, or null when it states none. */
export function statedTotal(content: string): StatedTotal | null {
  // Every task's content is asked: one without a money unit states no total.
  if (!content.includes('元')) return null;
  const strong = lastMatch(STRONG, content);
  if (strong) return toTotal(strong);
  const weak = lastMatch(WEAK, content);
  if (!weak) return null;
  const lastAmount = lastMatch(ANY_AMOUNT, content);
  if (weak && lastAmount && weak.index! + weak[0].length === lastAmount.index! + lastAmount[0].length) return toTotal(weak);
  return null;
}

function toTotal(m: RegExpMatchArray): StatedTotal {
  const value = m[1]!.replace(/,/g, '');
  return { text: m[0], value, decimals: decimalsOf(value), unit: m[2] as MoneyUnit, index: m.index! };
}

/** The last match of a global pattern in text. */
function lastMatch(pattern: RegExp, text: string): RegExpExecArray | undefined {
  let out: RegExpExecArray | undefined;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out = m;
    if (m[0] === '') pattern.lastIndex++;
  }
  return out;
}
