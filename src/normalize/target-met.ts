// Placeholder until the rules branch lands its version: whether an actual value meets its target.
import type { IndicatorValue } from '../model/index.ts';

/** True/false where both are numbers in the same unit; null where either is text. */
export function targetMet(target: IndicatorValue, actual: IndicatorValue | null): boolean | null {
  if (!actual || target.number === null || actual.number === null || target.op === null) return null;
  if (target.unit && actual.unit && target.unit !== actual.unit) return null;
  const a = actual.number, t = target.number;
  switch (target.op) {
    case '≥': return a >= t;
    case '≤': return a <= t;
    case '>': return a > t;
    case '<': return a < t;
    default: return a === t;
  }
}
