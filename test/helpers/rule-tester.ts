// RuleTester in ESLint's manner: small documents in, the exact flags of one rule out.
import { describe, expect, it } from 'vitest';
import type { Flag } from '../../src/model/index.ts';
import type { Rule } from '../../src/audit/rule.ts';
import type { Cell } from '../../src/parse/grid.ts';
import { markdownParser } from '../../src/parse/markdown/index.ts';
import { toRecord } from '../../src/extract.ts';

/** A document of tab-separated rows under the family's title, as OCR writes it. */
export function doc(...rows: string[]): string {
  return ['## 2024年县级部门整体预算绩效目标表', '', '部门名称\t测试县测试局\t\t\t', ...rows, ''].join('\n');
}

/**
 * The record of a markdown string, audited by the given rules only. `origin: 'ocr'` marks every cell as read by
 * OCR from a scan, for rules about OCR damage: the text is what tesseract would have given.
 */
export async function recordOf(text: string, rules: readonly Rule[], origin?: Cell['origin']) {
  const parsed = await markdownParser.parse({ path: 'case.md', sha256: 'test', bytes: Buffer.from(text), text });
  if (origin) for (const b of parsed.blocks) if (b.kind === 'table') for (const row of b.grid.rows) for (const c of row) c.origin = origin;
  return toRecord(parsed, { rules });
}

type Expected = Pick<Flag, 'severity' | 'target' | 'message'> & Partial<Pick<Flag, 'expected' | 'actual'>> & { line?: number };
type Case = { name: string; doc: string; origin?: Cell['origin'] };
type Cases = { valid: Case[]; invalid: Array<Case & { flags: Expected[] }> };

/** Valid cases raise no flag of the rule; invalid cases raise exactly the listed flags, in order. */
export function testRule(rule: Rule, cases: Cases): void {
  describe(rule.meta.id, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, async () => {
        const r = await recordOf(c.doc, [rule], c.origin);
        expect(r.flags.filter((f) => f.rule === rule.meta.id)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, async () => {
        const r = await recordOf(c.doc, [rule], c.origin);
        const got = r.flags
          .filter((f) => f.rule === rule.meta.id)
          .map((f) => ({
            severity: f.severity,
            target: f.target,
            message: f.message,
            ...('expected' in f ? { expected: f.expected } : {}),
            ...('actual' in f ? { actual: f.actual } : {}),
            ...(f.loc.line !== undefined ? { line: f.loc.line } : {}),
          }));
        expect(got).toEqual(c.flags);
      });
    }
  });
}
