// Money units and the factors between them; 元/万元/亿元 inferred from the text around a formula.
import type { BigNumber } from '../../arith/bignum.ts';
import { big } from '../../arith/bignum.ts';

export type MoneyUnit = '元' | '万元' | '亿元';
export const MONEY_UNITS: readonly MoneyUnit[] = ['亿元', '万元', '元'];
const IN_YUAN: Record<MoneyUnit, string> = { 元: '1', 万元: '10000', 亿元: '100000000' };

/** Convert an exact amount from one money unit to another. */
export function convert(v: BigNumber, from: MoneyUnit, to: MoneyUnit): BigNumber {
  return v.times(big(IN_YUAN[from])).div(big(IN_YUAN[to]));
}

/** Decimals a printed value gains when re-expressed in a larger unit (149960元 → 14.996万元: +4). */
export function extraDecimals(from: MoneyUnit, to: MoneyUnit): number {
  return Math.max(0, Math.round(Math.log10(Number(IN_YUAN[from]) / Number(IN_YUAN[to])) * -1));
}

/** A money unit written right after a number ("=322 万元", "3500元"). */
export function unitAfter(text: string): MoneyUnit | null {
  const m = /^\s*(亿元|万元|元)/u.exec(text);
  return (m?.[1] as MoneyUnit | undefined) ?? null;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The unit printed beside any operand elsewhere in the text ("每人每月3500元" → 元), or null. */
export function operandUnit(operands: string[], text: string): MoneyUnit | null {
  for (const op of operands) {
    if (/^0?\.\d+$/.test(op) || op === '1') continue; // ratios and factors carry no unit
    const re = new RegExp(`(?<![\\d.])${escapeRegExp(op)}\\s*(亿元|万元|元)`, 'u');
    const m = re.exec(text);
    if (m) return m[1] as MoneyUnit;
  }
  return null;
}
