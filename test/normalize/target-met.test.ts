import { describe, expect, it } from 'vitest';
import { targetMet } from '../../src/normalize/target-met.ts';
import { parseIndicatorValue } from '../../src/normalize/indicator-value.ts';

const v = (raw: string, name = '指标') => parseIndicatorValue(raw, name);

describe('targetMet', () => {
  const cases: Array<[string, string, boolean | null]> = [
    ['≥90%', '88%', false],
    ['≥90%', '90%', true],
    ['≥90%', '90.0%', true],
    ['>90%', '90%', false],
    ['≤5%', '3%', true],
    ['≤5天', '6天', false],
    ['<5天', '5天', false],
    ['=100', '100', true],
    ['=125公里', '130公里', false],
    // Printed without a sign, a target says neither at least nor at most: reached exactly is met, else unjudged.
    ['95%', '95%', true],
    ['95%', '100%', null],
    ['3万元', '2.5万元', null],
    ['100%', '100%', true],
    ['≥90%', '88', false], // unit absent on one side: compared as numbers
    ['≥90%', '95个', null], // units disagree
    ['≥90%', '0.95', null], // a fraction against a percent: 95% or 0.95%? not judged
    ['≤5%', '0.03', null],
    ['良好', '优秀', null], // text target
    ['≥90%', '良好', null], // text actual
    ['≥0.1', '0.3', true], // exact decimals, not floats: 0.1 + 0.2 territory
  ];
  for (const [target, actual, met] of cases) it(`${target} against ${actual} → ${met}`, () => expect(targetMet(v(target), v(actual))).toBe(met));
  it('no actual value → null', () => expect(targetMet(v('≥90%'), null)).toBeNull());
  it('a target without an operator → null', () => expect(targetMet({ raw: '90', op: null, number: 90, unit: null }, v('95'))).toBeNull());
  it('full-width percent agrees with %', () =>
    expect(targetMet({ raw: '≥90%', op: '≥', number: 90, unit: '%' }, { raw: '95％', op: '=', number: 95, unit: '％' })).toBe(true));
});
