// Which money unit a formula's operands were printed in, from the text around it (the units themselves: src/arith).
import { MONEY_UNIT_PATTERN, type MoneyUnit } from '../../arith/money.ts';
import { escapeRegExp } from '../../parse/shared/text.ts';

/** The unit printed beside any operand elsewhere in the text ("每人每月3500元" → 元), or null. */
export function operandUnit(operands: string[], text: string): MoneyUnit | null {
  for (const op of operands) {
    if (/^0?\.\d+$/.test(op) || op === '1') continue; // ratios and factors carry no unit
    const re = new RegExp(`(?<![\\d.])${escapeRegExp(op)}\\s*(${MONEY_UNIT_PATTERN})`, 'u');
    const m = re.exec(text);
    if (m) return m[1] as MoneyUnit;
  }
  return null;
}
