// The money units (元/万元/亿元) and the factors between them: the one list every stage matches units with.
import type { BigNumber } from './bignum.ts';
import { big } from './bignum.ts';

/** The units in the model's order (the record's enum). */
export const MONEY_UNITS = ['元', '万元', '亿元'] as const;
export type MoneyUnit = (typeof MONEY_UNITS)[number];
/** The units from the largest down: the order in which a formula's unit is guessed by magnitude. */
export const MONEY_UNITS_LARGEST_FIRST: readonly MoneyUnit[] = [...MONEY_UNITS].reverse();
/** The units as a regular-expression alternation: `(${MONEY_UNIT_PATTERN})`. */
export const MONEY_UNIT_PATTERN = MONEY_UNITS_LARGEST_FIRST.join('|');
const IN_YUAN: Record<MoneyUnit, string> = { 元: '1', 万元: '10000', 亿元: '100000000' };

/** Whether a string is one of the money units. */
export const isMoneyUnit = (s: string): s is MoneyUnit => (MONEY_UNITS as readonly string[]).includes(s);

/** Convert an exact amount from one money unit to another. */
export function convert(v: BigNumber, from: MoneyUnit, to: MoneyUnit): BigNumber {
  return v.times(big(IN_YUAN[from])).div(big(IN_YUAN[to]));
}

/** Decimals a printed value gains when re-expressed in a larger unit (149960元 → 14.996万元: +4). */
export function extraDecimals(from: MoneyUnit, to: MoneyUnit): number {
  return Math.max(0, Math.round(Math.log10(Number(IN_YUAN[from]) / Number(IN_YUAN[to])) * -1));
}

const UNIT_AFTER = new RegExp(`^\\s*(${MONEY_UNIT_PATTERN})`, 'u');

/** A money unit written right after a number ("=322 万元", "3500元"). */
export function unitAfter(text: string): MoneyUnit | null {
  return (UNIT_AFTER.exec(text)?.[1] as MoneyUnit | undefined) ?? null;
}

/** A unit printed after a cell's number ("7万元"), stripped before reading the number: readNumber's stripUnit. */
export const WAN_YUAN_SUFFIX = /万元$/u;
