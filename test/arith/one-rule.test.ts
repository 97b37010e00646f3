// One rounding rule and one reader of printed numbers: the spreadsheet parser's verdict is the audit's verdict.
import { describe, expect, it } from 'vitest';
import { big } from '../../src/arith/bignum.ts';
import { compareExact, printed } from '../../src/arith/rounding.ts';
import { decimalsOf, readNumber } from '../../src/arith/printed.ts';
import { MONEY_UNIT_PATTERN, unitAfter } from '../../src/arith/money.ts';
import { verdictOf } from '../../src/parse/spreadsheet/formulas.ts';

/** [cached value of a sheet cell, exact computed value, verdict]: half a unit in the last place is still rounded. */
const CASES: Array<[number, string, 'ok' | 'rounded' | 'mismatch']> = [
  [322, '322', 'ok'],
  [14253.69625, '14253.696251', 'rounded'],
  [1.2, '1.25', 'rounded'], // on the interval's edge: toDecimalPlaces (half-up → 1.3) called this a mismatch
  [1.2, '1.2501', 'mismatch'],
  [-1.2, '-1.25', 'rounded'],
  [100, '100.5', 'rounded'],
  [100, '100.51', 'mismatch'],
];

describe('one rounding rule', () => {
  for (const [cached, computed, verdict] of CASES) {
    it(`sheet cell ${cached} against computed ${computed}: ${verdict}, as the audit judges it`, () => {
      expect(verdictOf(cached, big(computed))).toBe(verdict);
      expect(compareExact(big(computed), printed(String(cached)))).toBe(verdict);
    });
  }
});

describe('printed numbers and units, read once', () => {
  it('counts decimals as printed and reads OCR-damaged digits', () => {
    expect([decimalsOf('1255.022751'), decimalsOf('7'), decimalsOf('1.50')]).toEqual([6, 0, 2]);
    expect(readNumber('1,255.02万元', { stripUnit: /万元$/u })).toEqual({ value: 1255.02, text: '1255.02', decimals: 2, repaired: false });
    expect(readNumber('1O5')).toEqual({ value: 105, text: '105', decimals: 0, repaired: true });
  });

  it('matches 亿元 and 万元 before 元', () => {
    expect(new RegExp(`\\d(${MONEY_UNIT_PATTERN})`, 'u').exec('共8.05万元')?.[1]).toBe('万元');
    expect([unitAfter(' 亿元'), unitAfter('元/月'), unitAfter('人')]).toEqual(['亿元', '元', null]);
  });
});
