// The formulas a task's content prints, and their stated results in the budget's unit: what the content-total
// rules add up.
import type { Formula, Task } from '../model/index.ts';
import { big, convert, extraDecimals, type MoneyUnit, type Printed } from './formula/index.ts';
import { decimalsOf } from '../arith/printed.ts';
import { printedFormula } from '../parse/shared/math.ts';

/**
 * A task's own content formulas with a money result, in order. A key task and an other task can share a number: a
 * formula is the task's only when its content prints it. Undefined when one of them is wrong or unreadable:
 * formula-mismatch reports it, and a total judged from it would report it twice.
 */
export function contentFormulas(task: Task, formulas: readonly Formula[]): Formula[] | undefined {
  const content = task.content ?? '';
  const own = formulas.filter(
    (f) => f.taskNo === task.no && f.field === 'content' && f.stated.unit && f.stated.value !== null && content.includes(printedFormula(f.text)),
  );
  return own.some((f) => f.verdict === 'mismatch' || f.verdict === 'unparsable') ? undefined : own;
}

/** A formula's stated result in `unit`, with the decimals it was printed to there. */
export function statedIn(f: Formula, unit: MoneyUnit): Printed {
  const text = String(f.stated.value);
  const u = f.stated.unit as MoneyUnit;
  return { value: convert(big(text), u, unit), decimals: decimalsOf(text) + extraDecimals(u, unit) };
}

/** The sum of printed values, as precise as the most precise of them. */
export function sumOf(parts: readonly Printed[]): Printed {
  return { value: parts.reduce((a, p) => a.plus(p.value), big(0)), decimals: Math.max(...parts.map((p) => p.decimals)) };
}
