// The families, in the order a title is tried against them: the most specific first.
import type { PipelineDefinition } from '../src/normalize/pipeline.ts';
import deptOverall from './dept-overall.ts';
import projectGoals from './project-performance-goals.ts';
import projectSelf from './project-self-evaluation.ts';
import deptSelf from './dept-overall-self-evaluation.ts';

export const pipelines: readonly PipelineDefinition[] = [projectSelf, deptSelf, projectGoals, deptOverall];
export { deptOverall, projectGoals, projectSelf, deptSelf };
