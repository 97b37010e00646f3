// 项目支出绩效目标表 / 申报表 (layouts E, F): one project's funds, goals and indicators.
import { definePipeline } from '../src/normalize/pipeline.ts';
import { commonRules, familyBase } from './family-base.ts';

export default definePipeline({
  ...familyBase,
  family: 'project-performance-goals',
  title: /(?:项目|专项).*(?:绩效目标|申报)|(?:绩效目标|申报).*项目/u,
  rules: ['formula-mismatch', ...commonRules],
});
