import rule from '../../../src/audit/rules/indicator-levels.ts';
import { doc, testRule } from '../../helpers/rule-tester.ts';

const head = '\t一级指标\t二级指标\t三级指标\t指标值';

testRule(rule, {
  valid: [{ name: 'levels stated and carried down', doc: doc(head, '\t产出指标\t数量指标\t指标1: 培训人数(人)\t100人', '\t\t\t指标2: 培训次数(次)\t2') }],
  invalid: [
    {
      name: 'labels cut away from their rows, as in the seed',
      doc: doc(head, '\t\t\t指标1: 培训人数(人)\t100人', '产出指标', '\t\t\t指标2: 培训次数(次)\t2', '\t效益指标\t社会效益指标\t指标3: 满意度(%)\t90%'),
      flags: [
        { severity: 'info', target: { kind: 'indicator', no: 1, field: 'level1' }, line: 5, message: '指标1–2 have no 一级/二级指标 on their rows; left null' },
      ],
    },
  ],
});
