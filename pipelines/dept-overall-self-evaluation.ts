// 部门整体支出绩效自评表 (layout I): the department's year executed against its overall targets.
import { definePipeline } from '../src/normalize/pipeline.ts';
import { commonRules, familyBase } from './family-base.ts';

export default definePipeline({
  ...familyBase,
  family: 'dept-overall-self-evaluation',
  // A bare 绩效目标自评表 heads project forms as often: then the labels decide (src/normalize/family.ts).
  title: /(?:部门|单位|整体).*自评/u,
  rules: [...commonRules],
});
