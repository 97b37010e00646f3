// Recompute one printed formula exactly and judge it against the result the document printed.
import type { BigNumber } from '../../arith/bignum.ts';
import type { Formula } from '../../model/index.ts';
import type { MathSource } from '../../parse/grid.ts';
import { printedFormula } from '../../parse/shared/math.ts';
import { INLINE_UNIT } from '../../parse/shared/formulas.ts';
import { big, evaluateExact } from '../../arith/bignum.ts';
import { compareExact, printed as printedValue } from '../../arith/rounding.ts';
import { convert, MONEY_UNIT_PATTERN, MONEY_UNITS_LARGEST_FIRST, unitAfter, type MoneyUnit } from '../../arith/money.ts';
import { operandUnit } from './units.ts';

const OPERATORS: ReadonlyArray<[RegExp, string]> = [
  [/[×xX·＊*]/g, '*'],
  [/[÷/]/g, '/'],
  [/[−–]/g, '-'],
];
const OCR_LETTER = /(?<=\d)[OolI]|[OolI](?=[\d.])/g;
const INLINE_UNITS = new RegExp(INLINE_UNIT, 'gu');
const STATED = /^\s*([+-]?\d[\d,]*(?:\.\d+)?)/;
const DIGIT_THEN_UNIT = new RegExp(`\\d(${MONEY_UNIT_PATTERN})`, 'u');

/** A formula found by normalize (its FormulaSource): the cell's math, which task and field it is in, the cell's text. */
export type FormulaInput = { taskNo: number | null; field: 'content' | 'goal' | 'name' | 'other'; math: MathSource; context: string };

/** Formula source → the contract's formula entry, with its verdict. */
export function evaluateFormula(src: FormulaInput): Formula {
  const text = src.math.text;
  const printed = printedFormula(text);
  // OCR reads 0 as O and 1 as l inside numbers; the arithmetic is checked on the repaired digits.
  const plain = printed.replace(OCR_LETTER, (c) => (c === 'O' || c === 'o' ? '0' : '1'));
  const ocrRepaired = plain !== printed;
  const eq = plain.lastIndexOf('=');
  const base: Formula = {
    taskNo: src.taskNo,
    field: src.field,
    syntax: src.math.syntax === 'spreadsheet' ? 'plain' : src.math.syntax,
    text,
    expression: null,
    operands: [],
    computed: { value: null, unit: null },
    stated: { value: null, unit: null },
    unitFrom: 'none',
    ocrRepaired,
    verdict: 'unparsable',
    loc: src.math.loc,
  };
  const statedText = STATED.exec(plain.slice(eq + 1))?.[1]?.replace(/,/g, '');
  const lhs = plain.slice(0, plain.indexOf('='));
  if (eq < 0 || !statedText) return base;
  const operands = [...lhs.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => m[0].replace(/,/g, ''));
  // Units written beside operands ("3500元/月×12个月") are read for the unit, then left out of the arithmetic.
  const inlineUnit = (DIGIT_THEN_UNIT.exec(lhs)?.[1] as MoneyUnit | undefined) ?? null;
  let expression = lhs
    .replace(INLINE_UNITS, '')
    .replace(/(\d),(?=\d{3})/g, '$1')
    .replace(/(\d+(?:\.\d+)?)%/g, '($1/100)');
  for (const [re, to] of OPERATORS) expression = expression.replace(re, to);
  expression = expression
    .replace(/\s+/g, '')
    .replace(/([*/+\-])/g, ' $1 ')
    .replace(/\(\s+-\s+/g, '(-')
    .trim();
  const computed = evaluateExact(expression);

  const found = locate(src.context, printed);
  const after = found ? src.context.slice(found.end) : '';
  const masked = found ? src.context.slice(0, found.start) + ' ' + after : src.context;
  const statedUnit = unitAfter(after);
  const stated = printedValue(statedText);
  const result: Formula = { ...base, expression, operands: operands.map(Number), stated: { value: Number(statedText), unit: statedUnit } };
  if (!computed) return result;
  if (!statedUnit) {
    return { ...result, computed: { value: computed.toNumber(), unit: null }, verdict: compareExact(computed, stated) };
  }
  const printedUnit = convertedInFormula(expression, inlineUnit ?? operandUnit(operands, masked), statedUnit);
  const tries: Array<[MoneyUnit, Formula['unitFrom']]> = printedUnit
    ? [[printedUnit, 'text']]
    : [[statedUnit, 'none'], ...MONEY_UNITS_LARGEST_FIRST.filter((u) => u !== statedUnit).map((u): [MoneyUnit, Formula['unitFrom']] => [u, 'magnitude'])];
  for (const [unit, from] of tries) {
    const verdict = compareExact(convert(computed, unit, statedUnit), stated);
    if (verdict !== 'mismatch' || from === 'text') return { ...result, computed: toQuantity(computed, unit), unitFrom: from, verdict };
  }
  // No reading of the units makes the arithmetic agree: judged in the stated unit.
  return { ...result, computed: toQuantity(computed, statedUnit), unitFrom: 'none', verdict: 'mismatch' };
}

const toQuantity = (v: BigNumber, unit: MoneyUnit) => ({ value: v.toNumber(), unit });

/**
 * The unit the computed value is in: the operands' unit, unless the formula itself converts it to the stated one
 * (862×1200÷10000=103.44万元, the 1200 printed 元: the ÷10000 makes 元 万元).
 */
function convertedInFormula(expression: string, operandsIn: MoneyUnit | null, stated: MoneyUnit): MoneyUnit | null {
  if (!operandsIn || operandsIn === stated) return operandsIn;
  const ratio = convert(big(1), stated, operandsIn);
  if (!ratio.gt(1)) return operandsIn;
  const tokens = expression.split(' ');
  const number = (t: string | undefined) => (t !== undefined && /^\d+(?:\.\d+)?$/.test(t) ? big(t) : null);
  const divides = tokens.some((t, i) => t === '/' && number(tokens[i + 1])?.eq(ratio));
  const times = tokens.some((t, i) => t === '*' && number(tokens[i + 1])?.eq(big(1).div(ratio)));
  return divides || times ? stated : operandsIn;
}

/**
 * Where a formula stands in its cell's text, spaces aside: the text keeps a writer's spaces around operators
 * (1498 × 500 = 89.88 万元) where the formula read from it has none.
 */
function locate(context: string, printed: string): { start: number; end: number } | null {
  const at = context.indexOf(printed);
  if (at >= 0) return { start: at, end: at + printed.length };
  const chars = [...printed.replace(/\s+/gu, '')].map((c) => c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  if (chars.length === 0) return null;
  const m = new RegExp(chars.join('\\s*'), 'u').exec(context);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}
