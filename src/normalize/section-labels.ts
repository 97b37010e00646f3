// The labels that open a section of a form's body (重点工作任务, 绩效指标, 其他需完成的任务(可选填)).
import { labelKey } from '../parse/shared/text.ts';
import { cached } from './cached.ts';
import { meansOneOf } from './label-meaning.ts';
import type { PipelineDefinition } from './pipeline.ts';

/** 其他需完成的任务, usually followed by (可选填): its labels are prefixes of the label key. */
export const opensOtherTasks = (key: string, p: PipelineDefinition) => p.labels.otherTasks.some((l) => key.startsWith(l));

/** 其他需完成的任务(可选填) and the like on a data row: the section's label, not data of the row. */
export const isSectionLabel = (key: string, p: PipelineDefinition) => opensOtherTasks(labelKey(key), p) || meansOneOf(key, sectionLabels(p));

const sectionLabelsOf = new WeakMap<PipelineDefinition, string[]>();
/** The labels that open a section of the body (重点工作任务, 绩效指标, 预算执行情况). */
const sectionLabels = (p: PipelineDefinition) =>
  cached(sectionLabelsOf, p, () => [...p.labels.keyTasks, ...p.labels.indicators, ...(p.labels.execution ?? [])]);
