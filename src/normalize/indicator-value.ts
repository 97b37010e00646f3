// Indicator targets: "≥ 90%", "=322个", "≤15天", "100%", "0.95", or a text target ("良好").
import type { IndicatorValue } from '../model/index.ts';
import { readNumber } from './numbers.ts';

const OPS: ReadonlyArray<[RegExp, IndicatorValue['op']]> = [
  [/^(?:≥|≧|>=|大于等于|不低于|不少于)/u, '≥'],
  [/^(?:≤|≦|<=|小于等于|不高于|不超过|不多于)/u, '≤'],
  [/^(?:>|大于|高于)/u, '>'],
  [/^(?:<|小于|低于)/u, '<'],
  // ═ (a box-drawing double line) stands for = on pages typed in a table editor (永德).
  [/^[=═]/u, '='],
];
/** A unit after the number: no digits, short, no sentence punctuation. */
const UNIT = /^[^\d\s,.;:。,;:()]{1,6}$/u;
const BRACKETED_UNIT = /^\(([^()]{1,6})\)$/u;
const NAME_UNIT = /\(([^()]{1,8})\)\s*$/u;

/** Parse a target cell; the unit falls back to the one in the indicator's name ("(%)", "(人/年)"). */
export function parseIndicatorValue(raw: string | null, name: string): IndicatorValue {
  if (raw == null || raw === '') return { raw, op: null, number: null, unit: null };
  let rest = raw.replace(/\s+/g, '');
  let op: IndicatorValue['op'] = null;
  for (const [re, o] of OPS) {
    const m = re.exec(rest);
    if (m) {
      op = o;
      rest = rest.slice(m[0].length);
      break;
    }
  }
  const m = /^([+-]?[\dOoIl][\d.,OoIl]*)(.*)$/u.exec(rest);
  const num = m ? readNumber(m[1]!) : null;
  // A unit printed in brackets after the figure (上海: ≥13459.00(平方米), =100.00(%)) is that unit.
  const unitText = (m?.[2] ?? '').replace(BRACKETED_UNIT, '$1');
  if (!num || (unitText !== '' && !UNIT.test(unitText))) return { raw, op: null, number: null, unit: null };
  const unit = unitText || NAME_UNIT.exec(name)?.[1]?.trim() || null;
  return { raw, op: op ?? '=', number: num.value, unit };
}
