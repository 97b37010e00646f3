export { evaluateFormula } from './evaluate.ts';
export { compareExact, compareIntervals, halfUlp, sumPrinted, type Printed } from './interval.ts';
export { convert, extraDecimals, unitAfter, type MoneyUnit } from './units.ts';
export { big, evaluateExact } from '../../arith/bignum.ts';
