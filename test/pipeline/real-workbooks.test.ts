// The two real workbooks (../shared/samples/real): the right family, every indicator row and the funds block,
// against expectations checked by hand (test/fixtures/real/README.md says where the documents disagree with themselves).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.ts';

const REAL = '../shared/samples/real';
const NAMES = ['chongqing-yuzhong-2021-project-self-evaluation.xlsx', 'wuhan-donghu-rsj-2020-project-application.xlsx'];

describe.skipIf(!existsSync(REAL))('real workbooks', () => {
  for (const name of NAMES) {
    it(name, async () => {
      const { record: r, records } = await extract(`${REAL}/${name}`);
      const want = JSON.parse(readFileSync(`test/fixtures/real/${name}.expected.json`, 'utf8'));
      expect(records).toHaveLength(1);
      expect({
        family: r.family,
        title: r.title,
        year: r.year,
        department: r.department.name,
        overallGoal: r.overallGoal,
        project: { name: r.project?.name, supervisor: r.project?.supervisor, implementer: r.project?.implementer, funds: r.project?.funds },
        execution: (r.execution?.lines ?? []).map(({ label, planned, adjusted, executed, rate, weight, score }) => ({
          label,
          planned,
          adjusted,
          executed,
          rate,
          weight,
          score,
        })),
        indicators: r.indicators.map((i) => [
          i.no,
          i.level1,
          i.level2,
          i.name,
          i.value.raw,
          i.value.op,
          i.value.number,
          i.value.unit,
          i.weight ?? null,
          i.actual?.raw ?? null,
          i.met ?? null,
        ]),
        loudFlags: r.flags.filter((f) => f.severity !== 'info').map((f) => f.rule),
      }).toEqual(want);
    });
  }
});
