// Column labels the 绩效目标表 family prints in the header row of its tables: a line holding two of them starts
// a table, so a page holding an info table, a caption and a task table is read as separate tables.
import { labelKey } from '../shared/text.ts';

/** Header cell labels of the family's tables (seed layout, 序号 layouts, Chongqing-style indicator tables, self-evaluations). */
export const HEADER_LABELS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '指标值',
  '指标名称',
  '指标权重',
  '计量单位',
  '指标性质',
  '指标方向',
  '名称',
  '任务名称',
  '项目名称',
  '主要实施内容',
  '实施内容',
  '主要内容',
  '拟投入的资金',
  '拟投入资金',
  '期望达到的目标',
  '序号',
  '绩效指标',
  '年度指标值',
  '备注',
  '评分标准',
  '分值',
  // A self-evaluation's funds block and results (its header row opens a table of its own columns).
  '年初预算数',
  '全年预算数',
  '全年执行数',
  '调整后预算数',
  '预算执行数',
  '执行率',
  '得分',
  // 实际完成值, 实际完成情况, 实际完成目标: a label may add words to one of these (headerLabel).
  '实际完成',
  '预期目标',
] as const;

/** Shortest piece of a label a wrapped header cell may show on one of its lines ("拟投入的资" / "金(万元)"). */
const MIN_PIECE = 2;

const keys = HEADER_LABELS.map((l) => l.normalize('NFKC'));

/** The header label a phrase is (or the first piece of a wrapped one is), or undefined. */
export function headerLabel(text: string): string | undefined {
  const t = labelKey(text.normalize('NFKC')).replace(/\(.*$/u, '');
  if (t.length < MIN_PIECE) return undefined;
  return keys.find((k) => t === k || (t.length >= 4 && k.startsWith(t)) || (t.startsWith(k) && k.length >= 4));
}

/** Longest end of a label a wrapped header cell may leave on a line of its own ("标", "金(万元)", "(概述)"). */
const MAX_TAIL = 3;

/**
 * Whether a phrase may be part of a header cell: a label, the start of one (三级指), or the end of one wrapped onto
 * the next line (a unit in brackets, a closing bracket, the last characters of a label).
 */
export function headerPiece(text: string): boolean {
  if (headerLabel(text)) return true;
  const t = labelKey(text.normalize('NFKC'))
    .replace(/^[^(]*\)/u, '')
    .replace(/\([^)]*\)?/gu, '');
  return t === '' || (t.length <= MAX_TAIL && keys.some((k) => k.endsWith(t))) || (t.length >= MIN_PIECE && keys.some((k) => k.startsWith(t)));
}
