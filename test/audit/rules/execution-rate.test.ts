import rule from '../../../src/audit/rules/execution-rate.ts';
import type { ExecutionLine } from '../../../src/model/index.ts';
import { fundsLine, record, testRecordRule } from '../records.ts';

const block = (...lines: ExecutionLine[]) =>
  record({ family: 'project-self-evaluation', execution: { lines, totalScore: null, totalScoreRaw: null, loc: null } });

testRecordRule(rule, {
  valid: [
    { name: 'G: 118.4 ÷ 120 = 98.67%', record: block(fundsLine('年度资金总额', { planned: '100', adjusted: '120', executed: '118.4', rate: '98.67%' })) },
    { name: 'printed to one decimal', record: block(fundsLine('年度资金总额', { adjusted: '120', executed: '118.4', rate: '98.7%' })) },
    { name: 'no adjusted budget: 年初预算数', record: block(fundsLine('年度资金总额', { planned: '200', executed: '150', rate: '75%' })) },
    { name: 'over 100% is no error by itself', record: block(fundsLine('上年结转资金', { adjusted: '10', executed: '12', rate: '120.00%' })) },
    { name: '0 ÷ 0 printed as 0.00%', record: block(fundsLine('其他资金', { planned: '0', adjusted: '0', executed: '0', rate: '0.00%' })) },
    { name: '0 ÷ 0 printed as 0', record: block(fundsLine('其他资金', { adjusted: '0', executed: '0', rate: '0' })) },
    {
      name: 'a percent cell holding the fraction',
      record: block({
        ...fundsLine('年度资金总额', { adjusted: '120', executed: '118.4' }),
        rate: 98.67,
        raw: { adjusted: '120', executed: '118.4', rate: '0.9867' },
      }),
    },
    { name: 'no rate printed', record: block(fundsLine('其中:当年财政拨款', { adjusted: '120', executed: '118.4', rate: '' })) },
  ],
  invalid: [
    {
      name: 'a rate that is not the quotient',
      record: block(
        fundsLine('年度资金总额', { planned: '100', adjusted: '120', executed: '118.4', rate: '95.00%' }),
        fundsLine('其中:当年财政拨款', { adjusted: '100', executed: '100', rate: '100%' }, 6),
      ),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'budget', field: 'execution.年度资金总额.rate', index: 0 },
          expected: 98.67,
          actual: 95,
          loc: { line: 5 },
          message: '年度资金总额: 执行率 95% printed, but 执行数 118.4 ÷ 全年预算数 120 = 98.67%',
        },
      ],
    },
    {
      name: 'divided by 年初预算数 although 全年预算数 is printed',
      record: block(fundsLine('年度资金总额', { planned: '100', adjusted: '120', executed: '90', rate: '90%' })),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'budget', field: 'execution.年度资金总额.rate', index: 0 },
          expected: 75,
          actual: 90,
          loc: { line: 5 },
          message: '年度资金总额: 执行率 90% printed, but 执行数 90 ÷ 全年预算数 120 = 75%',
        },
      ],
    },
    {
      name: 'amounts rounded to 0.1: info',
      record: block(fundsLine('其他资金', { adjusted: '0.3', executed: '0.2', rate: '70.00%' })),
      flags: [
        {
          severity: 'info',
          target: { kind: 'budget', field: 'execution.其他资金.rate', index: 0 },
          expected: 66.67,
          actual: 70,
          loc: { line: 5 },
          message: '其他资金: 执行率 70% printed, but 执行数 0.2 ÷ 全年预算数 0.3 = 66.67%, equal within the rounding of the printed amounts',
        },
      ],
    },
  ],
});
