// Labels all four families print for the same facts, with the synonyms bureaus use. Matched by meaning
// (src/normalize/label-meaning.ts): brackets, units, spaces and colons do not count, so 部门(单位)名称 is 部门名称.
import type { ProjectLabels } from '../src/normalize/pipeline.ts';

export const departmentName = ['部门名称', '单位名称', '预算部门', '预算单位', '部门', '部门单位名称', '预算部门名称', '单位', '填报单位'] as const;
export const overallGoal = [
  '总体绩效目标',
  '部门整体绩效目标',
  '年度总体目标',
  '整体绩效目标',
  '总体目标',
  '当年整体绩效目标',
  '年度绩效目标',
  '年度整体绩效目标',
  '部门年度总体目标',
  '项目总体情况',
  '项目年度目标完成情况',
] as const;
export const keyTasks = ['年度重点工作任务', '重点工作任务', '年度主要任务', '年度重点任务', '重点任务', '年度工作任务', '主要任务', '年度履职目标'] as const;
export const otherTasks = ['其他需完成的任务', '其他任务'] as const;
export const indicatorSections = ['绩效指标', '年度绩效指标', '部门整体绩效指标', '年度绩效指标完成情况'] as const;
export const executionSections = [
  '项目资金',
  '项目资金申请',
  '年度预算执行',
  '年度预算执行情况',
  '预算执行情况',
  '资金情况',
  '预算执行',
  '项目预算执行情况',
] as const;
/** The first levels of the indicator tree: a stem with the suffix a form gives its levels (产出指标, 产出目标, 产出值). */
// Sichuan's forms say 项目完成指标 and 项目效益指标 for 产出 and 效益.
const level1Stems = ['产出', '效益', '满意度', '成本', '项目完成', '项目效益'] as const;
export const level1 = [
  ...level1Stems.flatMap((stem) => [`${stem}指标`, `${stem}目标`, `${stem}值`]),
  '管理指标',
  '履职效能',
  '社会效应',
  '综合管理',
  // The scoring tables of a whole department's evaluation (Hunan's 部门整体支出绩效评价指标体系) name the stages alone.
  '投入',
  '过程',
  '产出',
  '效果',
] as const;

/** Header cells of the seed's form that head no column of a task or indicator table. */
export const headerCells = [
  '名称',
  '主要实施内容',
  '一级指标',
  '二级指标',
  '三级指标',
  '指标值',
  '部门预算支出',
  '收入来源',
  '事业发展性支出',
  '预算金额(万元)',
  '预算金额(元)',
] as const;

export const project: ProjectLabels = {
  name: ['项目名称', '专项资金名称', '资金名称', '专项名称', '项目(专项)名称', '项目名', '项目支出名称'],
  supervisor: [
    '主管部门',
    '业务主管部门',
    '县级主管部门',
    '项目主管部门',
    '主管单位',
    '主管部门及代码',
    '主管部门及编码',
    '主管部门名称',
    '市级主管部门',
    '区级主管部门',
    '区县主管部门',
  ],
  implementer: ['实施单位', '项目实施单位', '项目单位', '项目执行单位', '执行单位', '实施单位名称', '项目承担单位'],
  period: ['项目期', '项目期限', '实施期', '项目实施期', '项目起止时间', '实施周期', '项目周期'],
  fundsTotal: [
    '年度资金总额',
    '年度金额',
    '项目总预算',
    '年度资金总额及构成',
    '资金总额',
    '项目资金总额',
    '项目当年预算',
    '当年预算',
    '总额',
    '年度资金申请总额',
    '当年资金总额',
  ],
  fundsFiscal: [
    '财政拨款',
    '其中:财政拨款',
    '财政资金',
    '上级资金',
    '财政拨款资金',
    '本年财政拨款',
    '一般公共预算财政拨款收入',
    '一般公共预算财政拨款',
    '当年财政拨款',
  ],
  fundsOther: ['其他资金', '其他', '自筹资金', '单位自筹', '当年其他资金'],
  fundsCarryover: ['上年结转', '上年结转资金', '其中:上年结转'],
  fundsSections: ['项目资金', '资金情况', '项目资金情况', '专项资金情况', '资金投入情况'],
  projectOnly: ['项目实施期目标', '实施期目标', '专项资金情况', '项目资金情况', '项目资金', '项目资金总额'],
};
