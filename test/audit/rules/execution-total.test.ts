import rule from '../../../src/audit/rules/execution-total.ts';
import type { ExecutionLine } from '../../../src/model/index.ts';
import { fundsLine, record, testRecordRule } from '../records.ts';

const block = (...lines: ExecutionLine[]) =>
  record({ family: 'project-self-evaluation', execution: { lines, totalScore: null, totalScoreRaw: null, loc: null } });

/** Layout G's funds block: 年度资金总额 over 当年财政拨款 + 上年结转资金 + 其他资金. */
const layoutG = (executed: string) =>
  block(
    fundsLine('年度资金总额', { planned: '1417.58', adjusted: '1456.0763', executed }),
    fundsLine('其中:当年财政拨款', { planned: '717', adjusted: '750.4963', executed: '750.4963' }, 6),
    fundsLine('上年结转资金', { planned: '700.58', adjusted: '705.58', executed: '705.58' }, 7),
    fundsLine('其他资金', { planned: '0', adjusted: '0', executed: '0' }, 8),
  );

testRecordRule(rule, {
  valid: [
    { name: 'every column adds up', record: layoutG('1456.0763') },
    {
      name: 'a part printed as / counts nothing',
      record: block(
        fundsLine('总额', { adjusted: '3.36', executed: '3.36' }),
        fundsLine('其中:财政资金', { adjusted: '3.36', executed: '3.36' }, 6),
        fundsLine('其他资金', { adjusted: '/', executed: '/' }, 7),
      ),
    },
    {
      name: 'nested 其中 lines: no column adds up, so the lines are not read as parts',
      record: block(
        fundsLine('年度资金总额', { adjusted: '100', executed: '90' }),
        fundsLine('其中:财政拨款', { adjusted: '100', executed: '90' }, 6),
        fundsLine('中央资金', { adjusted: '60', executed: '50' }, 7),
        fundsLine('其他资金', { adjusted: '0', executed: '0' }, 8),
      ),
    },
    {
      name: "Fujian's subtotals: 合计 = 财政资金小计 + 其他资金小计, each 小计 = its lines",
      record: block(
        fundsLine('合计', { planned: '820.00', adjusted: '900.00', executed: '855.00' }),
        fundsLine('财政资金小计', { planned: '800.00', adjusted: '880.00', executed: '836.00' }, 6),
        fundsLine('1中央财政资金', { planned: '0.00', adjusted: '0.00', executed: '0.00' }, 7),
        fundsLine('3地方财政资金', { planned: '800.00', adjusted: '880.00', executed: '836.00' }, 8),
        fundsLine('其他资金小计', { planned: '20.00', adjusted: '20.00', executed: '19.00' }, 9),
      ),
    },
    {
      name: 'no total line',
      record: block(fundsLine('其中:当年财政拨款', { adjusted: '1', executed: '1' }), fundsLine('其他资金', { adjusted: '2', executed: '2' }, 6)),
    },
  ],
  invalid: [
    {
      name: 'I: the block lists its funds by source and by use; the 执行数 misses both, one flag',
      record: block(
        fundsLine('年度资金总额', { planned: '363.16', adjusted: '409.16', executed: '410.16' }),
        fundsLine('财政拨款', { planned: '363.16', adjusted: '409.16', executed: '409.16' }, 6),
        fundsLine('其他资金', { planned: '0', adjusted: '0', executed: '0' }, 7),
        fundsLine('基本支出', { planned: '246.19', adjusted: '277.38', executed: '277.38' }, 8),
        fundsLine('项目支出', { planned: '116.97', adjusted: '131.78', executed: '131.78' }, 9),
      ),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'budget', field: 'execution.年度资金总额.executed', index: 0 },
          expected: 409.16,
          actual: 410.16,
          loc: { line: 5 },
          message: '年度资金总额 全年执行数 410.16 against the lines under it (财政拨款 + 其他资金) = 409.16',
        },
      ],
    },
    {
      name: 'a 财政资金小计 printing 0.00 over lines that hold the money (Ningde 2024): the subtotal is flagged, not the total its lines make',
      record: block(
        fundsLine('合计', { planned: '9209.55', adjusted: '9999.77', executed: '8874.74' }),
        fundsLine('财政资金小计', { planned: '0.00', adjusted: '0.00', executed: '0.00' }, 6),
        fundsLine('3地方财政资金', { planned: '9209.55', adjusted: '9999.77', executed: '8874.74' }, 7),
        fundsLine('其他资金小计', { planned: '0.00', adjusted: '0.00', executed: '0.00' }, 8),
      ),
      flags: [
        ...(
          [
            ['planned', '年初预算数', 9209.55],
            ['adjusted', '全年预算数', 9999.77],
            ['executed', '全年执行数', 8874.74],
          ] as const
        ).map(([field, name, figure]) => ({
          severity: 'warning' as const,
          target: { kind: 'budget' as const, field: `execution.财政资金小计.${field}`, index: 1 },
          expected: figure,
          actual: 0,
          loc: { line: 6 },
          message: `财政资金小计 ${name} 0 against the lines under it (3地方财政资金) = ${figure}`,
        })),
      ],
    },
    {
      name: 'G: 全年执行数 one more than its parts while the budgets add up',
      record: layoutG('1457.0763'),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'budget', field: 'execution.年度资金总额.executed', index: 0 },
          expected: 1456.0763,
          actual: 1457.0763,
          loc: { line: 5 },
          message: '年度资金总额 全年执行数 1457.0763 against the lines under it (其中:当年财政拨款 + 上年结转资金 + 其他资金) = 1456.0763',
        },
      ],
    },
    {
      name: 'a column printing 814.5 beside 214 is exact to 0.1: one more is a mismatch',
      record: block(
        fundsLine('年度资金总额', { adjusted: '1048', executed: '1029.5' }),
        fundsLine('其中:当年财政拨款', { adjusted: '834', executed: '814.5' }, 6),
        fundsLine('其他资金', { adjusted: '214', executed: '214' }, 7),
      ),
      flags: [
        {
          severity: 'warning',
          target: { kind: 'budget', field: 'execution.年度资金总额.executed', index: 0 },
          expected: 1028.5,
          actual: 1029.5,
          loc: { line: 5 },
          message: '年度资金总额 全年执行数 1029.5 against the lines under it (其中:当年财政拨款 + 其他资金) = 1028.5',
        },
      ],
    },
    {
      name: 'within the rounding of amounts printed to 0.1: info',
      record: block(
        fundsLine('年度资金总额', { adjusted: '10', executed: '10.1' }),
        fundsLine('其中:财政拨款', { adjusted: '6', executed: '6.0' }, 6),
        fundsLine('其他资金', { adjusted: '4', executed: '4.0' }, 7),
      ),
      flags: [
        {
          severity: 'info',
          target: { kind: 'budget', field: 'execution.年度资金总额.executed', index: 0 },
          expected: 10,
          actual: 10.1,
          loc: { line: 5 },
          message: '年度资金总额 全年执行数 10.1 against the lines under it (其中:财政拨款 + 其他资金) = 10, equal at the printed precision',
        },
      ],
    },
  ],
});
