// The library API; the CLI is a thin shell over these.
export { extract, parseBytes, toRecord, toRecords, type ExtractOptions, type ExtractResult } from './extract.ts';
export * from './model/index.ts';
export { InputError, type Block, type Cell, type Grid, type ParsedDocument, type Parser, type MathSource } from './parse/grid.ts';
export { parsers, pickParser } from './parse/registry.ts';
export { normalize, normalizeAll, definePipeline, type PipelineDefinition } from './normalize/index.ts';
export { defineRule, runRules, type Rule, type RuleMeta, type Report } from './audit/rule.ts';
export { rules, ruleById } from './audit/rules/index.ts';
export { evaluateFormula, compareExact, compareIntervals } from './audit/formula/index.ts';
export { openSqliteSink, openPostgresSink, writeCsv, type Sink } from './emit/index.ts';
export { default as deptOverallPipeline } from '../pipelines/dept-overall.ts';
export {
  pipelines,
  projectGoals as projectGoalsPipeline,
  projectSelf as projectSelfEvaluationPipeline,
  deptSelf as deptOverallSelfEvaluationPipeline,
} from '../pipelines/index.ts';
