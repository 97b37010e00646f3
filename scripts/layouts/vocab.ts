// Fictional names and phrasing pools. Indicator templates say how each target is printed and parsed.
import type { Rng } from './rng.ts';
import type { Target } from './model.ts';

export const PLACES = ['临溪县', '安平县', '永和县', '清河县', '石门县', '东岭区', '南湖区', '白沙县', '云峰县', '桂阳区', '青石县', '龙泉区'];
export const DEPTS: { unit: string; topics: string[] }[] = [
  { unit: '文化广电旅游体育局', topics: ['文旅融合', '公共文化服务', '文物保护', '全民健身', '文艺演出'] },
  { unit: '教育局', topics: ['学前教育', '义务教育', '营养改善', '教师培训', '校舍维修'] },
  { unit: '卫生健康局', topics: ['公共卫生', '家庭医生签约', '疾病防控', '妇幼保健', '卫生监督'] },
  { unit: '农业农村局', topics: ['高标准农田', '农技推广', '动物防疫', '农村人居环境', '种业振兴'] },
  { unit: '交通运输局', topics: ['农村公路养护', '客运补贴', '交通安全', '路政管理', '站场建设'] },
  { unit: '民政局', topics: ['低保救助', '养老服务', '殡葬管理', '儿童福利', '社区治理'] },
  { unit: '司法局', topics: ['法律援助', '人民调解', '普法宣传', '社区矫正', '公共法律服务'] },
  { unit: '自然资源局', topics: ['国土调查', '不动产登记', '耕地保护', '地质灾害防治', '测绘管理'] },
];
export const PARTY_DEPTS: { unit: string; topics: string[] }[] = [
  { unit: '委宣传部', topics: ['理论宣讲', '新时代文明实践', '网络宣传', '舆情监测', '志愿服务'] },
  { unit: '委组织部', topics: ['党员教育', '基层党建', '人才工作', '干部培训', '村级组织运转'] },
];
export const TASK_KINDS = ['工作经费', '运行维护费', '培训经费', '购置费', '补助经费', '建设经费', '专项经费', '业务费'];
export const CONTENT_OPENERS = ['用于', '保障', '完成年度', '按照上级文件要求,做好', '落实', '开展'];
export const GOAL_OPENERS = ['确保', '按时完成', '保障', '进一步提升', '全面完成'];
export const PROJECT_ATTR = ['经常性项目', '新增项目', '延续项目', '一次性项目'];
export const DEVIATIONS = ['无偏差', '部分资金未及时拨付,下年度加快进度', '受天气影响工期延后,已督促整改', '', '按计划完成'];

type Tpl = { name: string; make: (r: Rng) => Target & { nature: string; measure: string; actual: string } };
const pct = (prefix: string, op: string | null, v: number, sign = prefix): Target & { nature: string; measure: string; actual: string } => ({
  raw: `${sign}${v}%`,
  ...(op ? { op, number: v, unit: '%' } : {}),
  percent: { fraction: v / 100, prefix: sign },
  nature: op ?? '',
  measure: '%',
  actual: `${Math.min(100, v + 2)}%`,
});
const count = (unit: string, lo: number, hi: number, ge: boolean) => (r: Rng) => {
  const n = r.int(lo, hi);
  return {
    raw: `${ge ? '≥' : ''}${n}${unit}`,
    op: ge ? '≥' : '=',
    number: n,
    unit,
    nature: ge ? '≥' : '=',
    measure: unit,
    actual: `${n + r.int(0, 5)}${unit}`,
  };
};
const text =
  (raw: string, actual = '已完成') =>
  () => ({ raw, nature: '', measure: '', actual });

/** Indicator templates by level 1 → level 2. */
export const INDICATORS: Record<string, Record<string, Tpl[]>> = {
  产出指标: {
    数量指标: [
      { name: '培训人数', make: count('人', 20, 3000, false) },
      { name: '开展活动次数', make: count('次', 3, 60, true) },
      { name: '覆盖村(社区)数量', make: count('个', 5, 300, false) },
      { name: '养护里程', make: count('公里', 10, 900, false) },
      { name: '发放补贴人数', make: count('人', 50, 5000, true) },
    ],
    质量指标: [
      { name: '资金使用合规率', make: () => pct('', '=', 100) },
      { name: '验收合格率', make: (r) => pct('≥', '≥', r.pick([90, 95, 98])) },
      { name: '服务达标率', make: (r) => pct('≧', '≥', r.pick([85, 95]), '≧') },
      { name: '补助发放标准', make: (r) => text(`≥${r.pick([190, 260, 300])}元每人每月`, '按标准发放')() },
    ],
    时效指标: [
      { name: '资金拨付及时率', make: () => pct('', '=', 100) },
      { name: '任务完成时限', make: (r) => text(`${r.pick(['12月底前', '年底前', '11月30日前'])}`, '按时完成')() },
    ],
    成本指标: [
      {
        name: '人均补助标准',
        make: (r) => {
          const n = r.pick([500, 1200, 3500]);
          return { raw: `≤${n}元`, op: '≤', number: n, unit: '元', nature: '≤', measure: '元', actual: `${n}元` };
        },
      },
      { name: '项目成本控制', make: text('控制在预算范围内', '未超预算') },
    ],
  },
  效益指标: {
    社会效益指标: [
      { name: '群众知晓率', make: (r) => pct('≥', '≥', r.pick([80, 85, 90])) },
      { name: '公共服务水平', make: text('不低于上年度水平', '较上年有所提升') },
      { name: '带动就业人数', make: count('人', 10, 400, true) },
    ],
    经济效益指标: [{ name: '带动增收', make: text('有效提升', '明显提升') }],
    可持续影响指标: [{ name: '长效管理机制', make: text('长期', '已建立') }],
  },
  满意度指标: {
    服务对象满意度指标: [
      { name: '服务对象满意度', make: (r) => pct('≥', '≥', r.pick([85, 90, 95])) },
      { name: '群众满意度', make: (r) => pct('≧', '≥', r.pick([90, 95]), '≧') },
    ],
  },
};
