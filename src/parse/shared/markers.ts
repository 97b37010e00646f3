// Named markers of the 绩效目标表 family that parsing itself needs (row starts, page-break joins).

/** A cell that opens a task row: "任务12: 村办公经费", "任务十二、村办公经费" (a Chinese numeral needs its separator);
 *  "任务12; …" is the colon as OCR often reads it. */
export const TASK_MARKER = /^任务\s*(\d+|[一二三四五六七八九十百]+(?=\s*[:;.、]))\s*[:;.、]?\s*(.*)$/su;
/** A cell that opens an indicator row: "指标14: 活动开展率(%)". */
export const INDICATOR_MARKER = /^指标\s*(\d+|[一二三四五六七八九十百]+(?=\s*[:;.、]))\s*[:;.、]?\s*(.*)$/su;
/**
 * The template's unfilled example name after a marker: dots, with the row's zero amounts run into it where a table
 * reader found no column edge on a page holding this row alone (任务1: ..... 00).
 */
export const DOTTED_NAME = /^[.。…·]{2,}[\s\d.]*$/u;
/** A note under the table (备注：1. 本表…): it ends the table, however close it follows the last row. */
export const NOTE_LINE = /^(备注|注[:：]|说明[:：])/u;
/** Labels of a form's sign-off, beside or under its table: who filled it in, who answers for it, when. */
export const SIGN_OFF_LABELS = [
  '单位负责人',
  '负责人',
  '填表人',
  '填报人',
  '审核人',
  '制表人',
  '经办人',
  '联系人',
  '联系电话',
  '电话',
  '填报日期',
  '填表日期',
  '日期',
] as const;
/** Headings that continue a table after a page break rather than start a new one. */
export const CONTINUATION_MARKERS = ['续表', '(续)', '续'] as const;
/** A title printed again over a table's next page with its continuation said (…目标表(续), …目标表 续表, 续上表). */
export const CONTINUED_TITLE_SUFFIX = /[(（]?(?:续表?|续上表|接上[页表])[)）]?$/u;

/** Whether a cell's text starts a new logical row, so a short line before it is not joined to it. */
export function startsRow(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return TASK_MARKER.test(t) || INDICATOR_MARKER.test(t);
}

/** Labels that only the disclosure table carries; a cover sheet or a lookup list has none of them. */
export const TABLE_LABELS = [
  '部门名称',
  '单位名称',
  '财政供养人员数',
  '总体绩效目标',
  '年度重点工作任务',
  '其他需完成的任务',
  '绩效指标',
  '一级指标',
  '二级指标',
  '三级指标',
  '指标值',
  '主要实施内容',
  '基本支出',
  '项目支出',
  // The other layouts and families (templates.md B–I): their first labels mark the form as surely.
  '部门(单位)名称',
  '预算部门',
  '当年整体绩效目标',
  '区级支出预算总量',
  '总体资金情况',
  '年度主要任务',
  '任务名称',
  '项目名称',
  '专项资金名称',
  '主管部门',
  '实施单位',
  '项目资金',
  '年度资金总额',
  '预算执行情况',
  '年度预算执行',
  '指标名称',
  '指标权重',
  '年度指标值',
  '实际完成值',
  '年初预算数',
  '全年预算数',
  '全年执行数',
] as const;

const startsWithOneOf = (key: string, labels: readonly string[]) => labels.some((l) => key.startsWith(l));

/** Whether a text (a label key: spaces dropped, brackets half-width) begins with one of the table's own labels. */
export const opensWithTableLabel = (key: string): boolean => startsWithOneOf(key, TABLE_LABELS);

/** A row summing the rows above it (its label, spaces dropped). */
export const TOTAL_ROW = /^(?:合计|总计|小计|总分)$/u;

/**
 * Labels that open a form's fact block (who, what project, what money) and stand in no indicator table: a row
 * starting with one below indicator rows begins the next form, not more of the indicators.
 */
const FORM_OPENING_LABELS = [
  '部门名称',
  '单位名称',
  '部门(单位)名称',
  '预算部门',
  '预算单位',
  '项目名称',
  '专项资金名称',
  '主管部门',
  '实施单位',
  '项目属性',
  '项目资金',
] as const;

/** Whether a label key begins with one of the labels that open a form's fact block. */
export const opensWithFormLabel = (key: string): boolean => startsWithOneOf(key, FORM_OPENING_LABELS);
