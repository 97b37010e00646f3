// Audit rules are shaped like ESLint rules: a `meta` and a pure check over the record.
import type { DisclosureRecord, Flag, Severity } from '../model/index.ts';

export type RuleMeta = {
  /** Stable id, used in flags, docs (docs/rules/<id>.md) and `--rule` filters. */
  id: string;
  /** Default severity; a report may lower it (a rounded value is info, never a warning). */
  severity: Severity;
  description: string;
};

/** What a check reports; rule id and default severity are filled in by the runner. */
export type Report = (flag: Omit<Flag, 'rule' | 'severity'> & { severity?: Severity }) => void;

export type Rule = {
  meta: RuleMeta;
  check(record: DisclosureRecord, report: Report): void;
};

/** Declare a rule; the identity function exists for the type check and for symmetry with ESLint. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** Run rules over a record and return their flags, in rule order then report order. */
export function runRules(record: DisclosureRecord, rules: readonly Rule[]): Flag[] {
  const flags: Flag[] = [];
  for (const rule of rules) {
    rule.check(record, (f) => flags.push({ rule: rule.meta.id, severity: f.severity ?? rule.meta.severity, ...stripSeverity(f) }));
  }
  return flags;
}

function stripSeverity<T extends { severity?: Severity }>(f: T): Omit<T, 'severity'> {
  const { severity: _ignored, ...rest } = f;
  return rest;
}
