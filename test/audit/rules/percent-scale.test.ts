import rule from '../../../src/audit/rules/percent-scale.ts';
import { doc, testRule } from '../../helpers/rule-tester.ts';

const ind = (name: string, value: string) => doc('\t一级指标\t二级指标\t三级指标\t指标值', `\t产出指标\t质量指标\t指标9: ${name}\t${value}`);

testRule(rule, {
  valid: [
    { name: 'a percentage', doc: ind('基层党组织服务覆盖率(%)', '95%') },
    { name: 'a number under a (%) name', doc: ind('培训签到率(%)', '≥ 95') },
    { name: 'a fraction where no percentage is meant', doc: ind('人均成本(万元)', '0.95') },
  ],
  invalid: [
    {
      name: "the seed's indicator 9",
      doc: ind('基层党组织服务覆盖率(%)', '0.95'),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'indicator', no: 9, field: 'value' },
          expected: 95,
          actual: 0.95,
          line: 5,
          message: 'indicator 9 is a percentage but its target is 0.95: a fraction, probably 95%',
        },
      ],
    },
  ],
});
