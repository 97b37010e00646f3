// 部门整体预算绩效目标表 (layouts A–D of templates.md): the department's overall budget performance goals.
import { definePipeline } from '../src/normalize/pipeline.ts';
import { columns } from './columns.ts';
import * as L from './labels.ts';
import { commonRules } from './family-base.ts';

export default definePipeline({
  family: 'dept-overall-performance-goals',
  // Only a title that names the department (部门, 单位, 整体) says so: a bare 绩效目标申报表 heads project forms as
  // often, and then the labels decide (src/normalize/family.ts).
  title: /(?:部门|单位|整体).*(?:绩效目标|目标|申报)/u,
  labels: {
    departmentName: L.departmentName,
    staffCount: ['财政供养人员数', '编制人数', '人员编制数', '财政供养人数', '实有人数', '人员编制'],
    subordinateUnits: [
      '下属二级单位数',
      '下属单位数',
      '二级单位数',
      '所属单位数',
      '下属二级预算单位数',
      '二级预算单位数',
      '所属二级单位数',
      '下属二级单位数量',
      '所属二级单位数量',
    ],
    overallGoal: L.overallGoal,
    budget: {
      'expenditure.basic': ['基本支出'],
      'expenditure.project': ['项目支出'],
      'expenditure.developmentSpecial': ['财政专项资金', '财政专项'],
      'expenditure.developmentOther': ['其他事业发展性支出', '其他发展性支出', '其他事业发展资金', '其他事业发展支出'],
      'expenditure.total': [
        '支出合计',
        '预算支出合计',
        '部门预算支出合计',
        '支出总计',
        '区级支出预算总量',
        '预算支出总额',
        '支出预算总量',
        '资金总额',
        '部门预算总额',
        '年度预算总额',
        '县级支出预算总量',
        '市级支出预算总量',
        '总额',
      ],
      'income.fiscalAppropriation': ['财政拨款', '财政拨款收入', '一般公共预算拨款', '一般公共预算', '一般公共预算财政拨款', '一般公共预算财政拨款收入'],
      'income.other': ['其他资金', '其他收入', '其他来源资金'],
      'income.total': ['收入合计', '收入总计', '资金来源合计'],
    },
    budgetTotal: ['合计', '总计'],
    budgetSides: { income: ['资金来源', '收入来源', '预算收入', '收入'], expenditure: ['支出用途', '资金用途', '预算支出', '支出'] },
    keyTasks: L.keyTasks,
    otherTasks: L.otherTasks,
    indicators: L.indicatorSections,
    headerCells: L.headerCells,
    level1: L.level1,
  },
  columns,
  rules: ['formula-mismatch', 'task-amount-vs-content', 'content-parts-vs-total', 'budget-identity', ...commonRules],
  tables: { documents: 'documents', tasks: 'tasks', indicators: 'indicators', formulas: 'formulas', flags: 'flags' },
});
