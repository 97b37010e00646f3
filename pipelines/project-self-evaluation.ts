// 项目支出绩效自评表 (layouts G, H): a project's funds executed and its indicators' results.
import { definePipeline } from '../src/normalize/pipeline.ts';
import { commonRules, familyBase } from './family-base.ts';

export default definePipeline({
  ...familyBase,
  family: 'project-self-evaluation',
  title: /(?:项目|专项).*自评|自评.*(?:项目|专项)/u,
  rules: [...commonRules],
});
