export { evaluateFormula } from './evaluate.ts';
export { compareExact, compareIntervals, halfUlp, sumPrinted, type Printed } from '../../arith/rounding.ts';
export { convert, extraDecimals, unitAfter, type MoneyUnit } from '../../arith/money.ts';
export { big, evaluateExact } from '../../arith/bignum.ts';
