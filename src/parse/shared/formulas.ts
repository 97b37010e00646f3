// Finding arithmetic written as plain text inside a cell ("224-28×5=84", "2145*3500*12*0.1=900.9").
import type { Loc } from '../../model/index.ts';
import type { MathSource } from '../grid.ts';

const NUM = String.raw`\d[\d,]*(?:\.\d+)?`;
/** A unit written inside the arithmetic: "3500元/月×12个月×2145人". */
export const INLINE_UNIT = String.raw`[\p{Script=Han}]{1,3}(?:/[\p{Script=Han}]{1,2})?`;
const OPERAND = String.raw`[(]*${NUM}%?(?:${INLINE_UNIT})?[)]*`;
const OP = String.raw`\s*[×xX*·÷/+\-−]\s*`;
/** operand (op operand)+ = number; an equation, so that ranges like 2023-2024 are never taken for arithmetic. */
const PLAIN_FORMULA = new RegExp(String.raw`(?<![\d.\w])${OPERAND}(?:${OP}${OPERAND})+\s*=\s*${NUM}`, 'gu');

/** Plain-text equations in already-cleaned cell text, as MathSources located at the cell. */
export function findPlainFormulas(text: string, loc: Loc): MathSource[] {
  const out: MathSource[] = [];
  for (const m of text.matchAll(PLAIN_FORMULA)) out.push({ syntax: 'plain', text: m[0], loc });
  return out;
}
