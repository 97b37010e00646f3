import rule from '../../../src/audit/rules/unknown-label.ts';
import { doc, testRule } from '../../helpers/rule-tester.ts';

testRule(rule, {
  valid: [
    {
      name: 'every header cell known, brackets and units aside',
      doc: doc('\t一级指标\t二级指标\t三级指标\t指标值(目标值)', '\t产出指标\t数量指标\t培训人数(人)\t100人'),
    },
  ],
  invalid: [
    {
      name: 'a column the dictionary does not know is kept out and named',
      doc: doc('\t一级指标\t二级指标\t三级指标\t指标值\t数据来源', '\t产出指标\t数量指标\t培训人数(人)\t100人\t统计年报'),
      flags: [
        {
          severity: 'info',
          target: { kind: 'document', field: 'indicators header' },
          actual: '数据来源',
          line: 4,
          message: 'the indicators header has a column "数据来源" the reader does not know; its cells were not read',
        },
      ],
    },
  ],
});
