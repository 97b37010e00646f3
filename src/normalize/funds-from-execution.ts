// A project self-evaluation prints its project's funds only in its 资金 block (年度资金总额 | 年初预算数 | 全年预算数 |
// 全年执行数 …): the project's funds for the year are that block's budget, 全年预算数 where printed, else 年初预算数.
import type { ExecutionLine, Project } from '../model/index.ts';
import { meansOneOf } from './label-meaning.ts';
import type { PipelineDefinition } from './pipeline.ts';

type FundField = 'total' | 'fiscal' | 'other';

/** Fill a project's funds from its self-evaluation's funds lines, where the form printed no funds of its own. */
export function fundsFromExecution(project: Project | null | undefined, lines: readonly ExecutionLine[], p: PipelineDefinition): void {
  const labels = p.labels.project;
  // A department's self-evaluation has a funds block too, and no project.
  if (p.family !== 'project-self-evaluation' || !project || !labels || Object.values(project.funds).some((v) => v !== null && v !== undefined)) return;
  const wanted: Array<[FundField, readonly string[]]> = [
    ['total', labels.fundsTotal],
    ['fiscal', labels.fundsFiscal],
    ['other', labels.fundsOther],
  ];
  for (const [field, names] of wanted) {
    const line = lines.find((l) => meansOneOf(l.label, names));
    const column = line?.adjusted != null ? 'adjusted' : 'planned';
    const amount = line?.[column];
    if (line === undefined || amount === null || amount === undefined) continue;
    project.funds[field] = amount;
    if (line.raw[column] !== undefined) project.raw[`funds.${field}`] = line.raw[column]!;
    project.loc[`funds.${field}`] = line.loc;
  }
}
