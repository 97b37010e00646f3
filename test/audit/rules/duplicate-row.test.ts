import rule from '../../../src/audit/rules/duplicate-row.ts';
import { doc, testRule } from '../../helpers/rule-tester.ts';

const header = '名称\t主要实施内容\t拟投入的资金(万元)\t期望达到的目标(概述)';
const indicators = (...rows: string[]) => ['绩效指标\t一级指标\t二级指标\t三级指标\t指标值', ...rows];

testRule(rule, {
  valid: [
    {
      name: 'two tasks of one name with other content',
      doc: doc(header, '1. 培训经费\t开展业务培训2期\t12\t完成培训', '2. 培训经费\t开展新进人员培训1期\t6\t完成培训'),
    },
    {
      name: 'a number printed twice is duplicate-number’s, not this rule’s',
      doc: doc(header, '任务3: 培训经费\t开展业务培训2期\t12\t完成培训', '任务3: 培训经费\t开展业务培训2期\t12\t完成培训'),
    },
    {
      name: 'one indicator name under two second levels',
      doc: doc(...indicators('\t产出指标\t数量指标\t培训人次\t≥200人次', '\t效益指标\t社会效益指标\t培训人次\t≥200人次')),
    },
  ],
  invalid: [
    {
      name: 'a task row copied under the next number',
      doc: doc(header, '1. 培训经费\t开展业务培训2期\t12\t完成培训', '2. 档案整理\t整理档案\t3\t档案完整', '3. 培训经费\t开展业务培训2期\t12\t完成培训'),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'task', no: 3, section: 'key' },
          actual: '培训经费',
          line: 7,
          message: "任务3 repeats 任务1 word for word (name, content, amount and goal): a row printed twice counts twice in the table's totals",
        },
      ],
    },
    {
      name: 'an indicator row copied',
      doc: doc(...indicators('\t产出指标\t数量指标\t培训人次\t≥200人次', '\t产出指标\t数量指标\t培训期数\t≥2期', '\t产出指标\t数量指标\t培训期数\t≥2期')),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'indicator', no: 3 },
          actual: '培训期数',
          line: 7,
          message: "指标3 repeats 指标2 word for word (levels, name and values): a row printed twice counts twice in the table's totals",
        },
      ],
    },
  ],
});
