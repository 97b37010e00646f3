// The column headers every family's tables use, by meaning: each role with the labels bureaus print for it.
// A header cell is matched after its brackets, units, spaces and colons are dropped (src/normalize/label-meaning.ts),
// so `拟投入的资金(万元)`, `拟投入的资金（万元）` and `拟投入的资金` are one label here.
import type { ColumnVocabulary } from '../src/normalize/pipeline.ts';

/** 年度重点工作任务 and 其他需完成的任务: one row per task. */
export const taskColumns: ColumnVocabulary = {
  serial: ['序号', '编号', '任务序号'],
  name: ['名称', '任务名称', '工作任务', '重点工作任务', '任务', '重点任务', '任务名', '工作任务名称', '重点任务名称', '支出项目名称', '支出项目', '项目名称'],
  // A column for both (主要内容及预期目标) holds the content first: read as content, its formulas audited.
  content: [
    '主要实施内容',
    '主要内容',
    '实施内容',
    '任务内容',
    '工作内容',
    '具体内容',
    '主要工作内容',
    '任务主要内容',
    '主要工作',
    '主要内容及预期目标',
    '主要内容及目标',
    '实施内容及预期目标',
    '主要实施内容及预期目标',
  ],
  amount: [
    '拟投入的资金',
    '拟投入资金',
    '资金',
    '预算金额',
    '金额',
    '预算数',
    '资金预算',
    '安排资金',
    '预算资金',
    '投入资金',
    '资金金额',
    '预算安排',
    '对应资金',
    '资金安排',
  ],
  goal: ['期望达到的目标', '预期目标', '期望目标', '预期达到的目标', '任务目标', '预期效果', '期望达到目标', '目标', '年度目标任务'],
};

/** 绩效指标: one row per indicator, levels carried down merged cells. */
export const indicatorColumns: ColumnVocabulary = {
  serial: ['序号'],
  // 指标类型 (Chongqing's self-evaluation: 产出类指标, 效益类指标 …) is the category a row belongs to: its first level.
  level1: ['一级指标', '指标类型', '指标类别', '一级'],
  level2: ['二级指标', '二级'],
  name: ['三级指标', '三级', '指标名称', '指标内容', '具体指标', '绩效指标名称', '三级指标名称', '指标'],
  target: [
    '指标值',
    '年度指标值',
    '目标值',
    '指标目标值',
    '年度目标值',
    '预期指标值',
    '绩效指标值',
    '当年预期实现值',
    '预期值',
    '年度预期指标值',
    '指标值(目标值)',
    '指标值及单位',
    '年度数值',
  ],
  weight: ['指标权重', '权重', '分值', '指标分值', '权重分值', '分值权重'],
  unit: ['计量单位', '度量单位', '单位'],
  op: ['指标性质', '运算符', '比较符', '指标值性质', '指标值类型'],
  actual: ['实际完成值', '完成值', '全年实际值', '实际值', '年度实际完成值', '实际完成情况', '全年实际完成值'],
  score: ['得分', '自评得分', '评分'],
  deviation: [
    '偏差原因分析及改进措施',
    '未完成原因',
    '偏差原因',
    '未完成原因分析',
    '原因分析',
    '偏差原因分析',
    '原因',
    '偏差原因及改进措施',
    '未完成原因和改进措施',
    '未完成原因及拟采取的改进措施',
    '扣分原因',
    '扣分原因和其他说明',
    '扣分说明',
  ],
  // Printed beside the year's targets on multi-year forms: not the year's target, so it must not win 指标值.
  ignored: ['中期指标值', '指标方向性', '指标方向', '备注', '指标解释', '评(扣)分标准', '评分标准', '指标说明', '评价标准', '项目年度绩效指标'],
};

/** A self-evaluation's funds block (项目资金 / 年度预算执行): one row per fund line. */
export const executionColumns: ColumnVocabulary = {
  planned: ['年初预算数', '年初预算', '年初部门预算安排金额', '年初预算安排金额'],
  // Fujian's block (预算安排: 年初 | 年中调整 | 小计; 拨付情况: 年度拨付金额 | 支出实现率) prints the year's budget as 小计.
  adjusted: ['全年预算数', '调整后预算数', '全年预算', '调整后预算', '预算数', '小计'],
  executed: ['全年执行数', '预算执行数', '执行数', '实际执行数', '全年执行', '年度拨付金额', '拨付金额'],
  rate: ['执行率', '预算执行率', '支出实现率'],
  weight: ['分值', '权重'],
  score: ['得分'],
  ignored: ['原因', '偏差原因', '说明', '备注'],
};

/** Labels of 合计/总分 rows under a table. */
export const totalLabels = ['合计', '总计', '小计', '总分', '总得分', '合计得分'] as const;

/** The three table kinds' vocabularies, one object every family shares (the reader caches what it found per row). */
export const columns = { tasks: taskColumns, indicators: indicatorColumns, execution: executionColumns } as const;
