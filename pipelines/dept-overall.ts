// 部门整体预算绩效目标表: the county department's overall budget performance goals table.
import { definePipeline } from '../src/normalize/pipeline.ts';

export default definePipeline({
  family: 'dept-overall-performance-goals',
  title: /(?:部门|单位)?整体(?:预算)?绩效目标表|绩效目标表/u,
  labels: {
    departmentName: ['部门名称', '单位名称', '部门(单位)名称', '预算部门', '预算单位', '部门'],
    staffCount: ['财政供养人员数', '编制人数', '人员编制数', '财政供养人数', '实有人数', '人员编制'],
    subordinateUnits: ['下属二级单位数', '下属单位数', '二级单位数', '所属单位数'],
    overallGoal: ['总体绩效目标', '部门整体绩效目标', '年度总体目标', '整体绩效目标', '总体目标'],
    budget: {
      'expenditure.basic': ['基本支出'],
      'expenditure.project': ['项目支出'],
      'expenditure.developmentSpecial': ['财政专项资金', '财政专项'],
      'expenditure.developmentOther': ['其他事业发展性支出', '其他发展性支出'],
      'expenditure.total': ['支出合计', '预算支出合计', '部门预算支出合计', '支出总计'],
      'income.fiscalAppropriation': ['财政拨款', '财政拨款收入', '一般公共预算拨款'],
      'income.other': ['其他资金', '其他收入'],
      'income.total': ['收入合计', '收入总计', '资金来源合计'],
    },
    budgetTotal: ['合计', '总计'],
    keyTasks: ['年度重点工作任务', '重点工作任务', '年度主要任务', '年度重点任务', '重点任务'],
    otherTasks: ['其他需完成的任务', '其他任务'],
    indicators: ['绩效指标', '年度绩效指标'],
    headerCells: ['名称', '主要实施内容', '一级指标', '二级指标', '三级指标', '指标值', '部门预算支出', '收入来源', '事业发展性支出', '预算金额(万元)', '预算金额(元)'],
    level1: ['产出指标', '效益指标', '满意度指标', '成本指标'],
  },
  rules: [
    'formula-mismatch', 'task-amount-vs-content', 'budget-identity', 'percent-scale',
    'duplicate-number', 'number-gap', 'malformed-row', 'ocr-digit', 'placeholder-row', 'indicator-levels', 'sheet-formula-mismatch', 'ocr-label',
    'weights-sum', 'total-vs-parts', 'execution-rate', 'score-within-weight', 'scores-sum', 'unevaluated-row', 'target-unmet',
  ],
  tables: { documents: 'documents', tasks: 'tasks', indicators: 'indicators', formulas: 'formulas', flags: 'flags' },
});
