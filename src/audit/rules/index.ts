// Every rule, by id. A new check is a new file here and a line below.
import type { Rule } from '../rule.ts';
import formulaMismatch from './formula-mismatch.ts';
import taskAmountVsContent from './task-amount-vs-content.ts';
import contentPartsVsTotal from './content-parts-vs-total.ts';
import budgetIdentity from './budget-identity.ts';
import percentScale from './percent-scale.ts';
import duplicateNumber from './duplicate-number.ts';
import duplicateRow from './duplicate-row.ts';
import numberGap from './number-gap.ts';
import malformedRow from './malformed-row.ts';
import ocrDigit from './ocr-digit.ts';
import placeholderRow from './placeholder-row.ts';
import indicatorLevels from './indicator-levels.ts';
import sheetFormulaMismatch from './sheet-formula-mismatch.ts';
import ocrLabel from './ocr-label.ts';
import unknownLabel from './unknown-label.ts';
import weightsSum from './weights-sum.ts';
import totalVsParts from './total-vs-parts.ts';
import executionRate from './execution-rate.ts';
import executionTotal from './execution-total.ts';
import scoreWithinWeight from './score-within-weight.ts';
import scoresSum from './scores-sum.ts';
import unevaluatedRow from './unevaluated-row.ts';
import targetUnmet from './target-unmet.ts';

export const rules: readonly Rule[] = [
  formulaMismatch,
  taskAmountVsContent,
  contentPartsVsTotal,
  budgetIdentity,
  percentScale,
  duplicateNumber,
  duplicateRow,
  numberGap,
  malformedRow,
  ocrDigit,
  placeholderRow,
  indicatorLevels,
  sheetFormulaMismatch,
  ocrLabel,
  unknownLabel,
  weightsSum,
  totalVsParts,
  executionRate,
  executionTotal,
  scoreWithinWeight,
  scoresSum,
  unevaluatedRow,
  targetUnmet,
];

/** Rules by id, for pipelines and `--rule` filters. */
export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.meta.id, r]));
