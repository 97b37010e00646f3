// Words the synthetic disclosures are made of: departments, tasks, indicators, as real 绩效目标表 print them.

export const COUNTIES = ['遂溪县', '徐闻县', '廉江县', '吴川县', '雷州县', '化州县', '信宜县', '高州县', '电白县', '阳西县', '新丰县', '翁源县'] as const;

/** Department names; {c} is the county. */
export const DEPARTMENTS = [
  '{c}财政局',
  '{c}教育局',
  '{c}卫生健康局',
  '{c}农业农村局',
  '{c}民政局',
  '{c}交通运输局',
  '{c}自然资源局',
  '{c}人力资源和社会保障局',
  '{c}水务局',
  '{c}文化广电旅游体育局',
  '中共{c}委组织部',
  '中共{c}委宣传部',
  '{c}市场监督管理局',
  '{c}住房和城乡建设局',
  '{c}退役军人事务局',
  '{c}应急管理局',
] as const;

export const OVERALL_GOALS = [
  '坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实县委县政府各项决策部署,保障部门履职和重点工作顺利开展。',
  '围绕县委县政府中心工作,加强预算绩效管理,提高财政资金使用效益,推动各项重点任务按期完成。',
  '全面履行部门职责,保障机构正常运转,扎实推进年度重点项目建设,提升公共服务水平和群众满意度。',
] as const;

/** Plain tasks: name, content, goal. */
export const PLAIN_TASKS: ReadonlyArray<readonly [string, string, string]> = [
  ['业务费', '各种办公业务支出', '保证各种办公业务支出'],
  ['购置公务用车', '购置公务用车一辆', '购置公务用车一辆'],
  ['信息化建设经费', '完善业务管理系统的功能,开展网络安全整改', '保障信息系统安全稳定运行'],
  ['档案管理工作经费', '保障档案数字化整理和日常管理工作正常运转', '档案管理规范有序'],
  ['业务培训经费', '组织系统干部职工开展业务能力培训,每年至少集中培训2次', '提升干部职工业务能力'],
  ['宣传工作经费', '开展政策宣传、印制宣传资料、制作宣传片', '提高政策知晓率'],
  ['专项检查工作经费', '开展年度专项检查和督导工作', '保证专项检查工作顺利开展'],
  ['离退休干部活动经费', '保障离退休干部日常活动和走访慰问开支', '离退休干部活动正常开展'],
  ['资产出租出借处置收入安排的工作经费（事业）', '资产出租出借处置收入安排的工作经费', '保证各项工作经费支出'],
  ['办公场所维修改造经费', '对办公楼屋面防水、外墙及水电线路进行维修改造', '改善办公条件,消除安全隐患'],
  ['应急物资储备经费', '采购储备防汛、抗旱及救灾应急物资', '提高突发事件应急处置能力'],
  ['法律顾问服务费', '聘请常年法律顾问,提供合同审查和法律咨询服务', '防范法律风险,依法行政'],
  ['课题调研经费', '围绕年度重点工作开展专题调研,形成调研报告', '为决策提供参考依据'],
  ['会议经费', '召开全县年度工作会议和专题会议', '保障会议顺利召开'],
];

/** Units counted by per-unit formulas: the noun, and a plausible count range. */
export const UNITS: ReadonlyArray<readonly [string, number, number]> = [
  ['村', 120, 360],
  ['社区', 10, 60],
  ['学校', 20, 180],
  ['卫生院', 8, 30],
  ['镇(街)', 8, 20],
  ['养老机构', 5, 40],
];

/** Formula-task names by kind: per unit in 万元, per person per month in 元, per person per day in 元. */
export const UNIT_TASKS = ['{u}办公经费', '{u}公共服务运行经费', '{u}基础设施维护补助', '{u}阵地建设经费'] as const;
export const MONTHLY_TASKS = ['{u}“两委”干部补贴', '{u}工作人员生活补助', '{u}专职人员岗位补贴', '{u}协管员补助经费'] as const;
export const DAILY_TASKS = ['{u}干部集中轮训经费', '{u}业务骨干培训经费', '{u}工作人员专题培训经费'] as const;

export const GOALS_FOR_FORMULA = [
  '保障我县{n}个{u}日常运转和工作开支需求。',
  '按文件要求发放补贴,激发干部干事热情',
  '保证培训工作按计划开展',
  '保障各{u}工作正常开展',
] as const;

export type IndicatorTemplate = { name: string; values: readonly string[] };

/** Indicator templates under each level pair; a "(x)" in the name is the unit of a bare number. */
export const INDICATORS: ReadonlyArray<{ level1: string; level2: string; items: readonly IndicatorTemplate[] }> = [
  {
    level1: '产出指标',
    level2: '数量指标',
    items: [
      { name: '培训人数(人)', values: ['125人', '≥ 300', '=200人'] },
      { name: '覆盖{u}数量', values: ['=322个', '=28个', '≥ 150个'] },
      { name: '开展活动次数(次)', values: ['≥ 4', '≥ 12', '=6次'] },
      { name: '发放补贴人数(人)', values: ['=2145人', '≥ 500'] },
    ],
  },
  {
    level1: '产出指标',
    level2: '质量指标',
    items: [
      { name: '任务完成率(%)', values: ['100%', '≥90%', '≥ 95'] },
      { name: '资金使用合规率(%)', values: ['100%'] },
      { name: '验收合格率(%)', values: ['≥ 98%', '100%'] },
      { name: '工作制度健全性', values: ['健全', '进一步完善'] },
    ],
  },
  {
    level1: '产出指标',
    level2: '时效指标',
    items: [
      { name: '资金拨付及时率(%)', values: ['100%', '≥95%'] },
      { name: '项目完成时限', values: ['12月31日前', '年底前完成'] },
      { name: '办理时限(天)', values: ['≤15天', '≤ 30'] },
    ],
  },
  {
    level1: '产出指标',
    level2: '成本指标',
    items: [
      { name: '人均培训成本(元)', values: ['≤ 550', '≤800元'] },
      { name: '预算控制率(%)', values: ['≤100%'] },
    ],
  },
  {
    level1: '效益指标',
    level2: '社会效益指标',
    items: [
      { name: '群众办事便利程度', values: ['进一步提升', '明显提高'] },
      { name: '{u}运转情况', values: ['良好', '正常运转'] },
      { name: '政策知晓率(%)', values: ['≥ 85%', '≥90%'] },
    ],
  },
  {
    level1: '效益指标',
    level2: '可持续影响指标',
    items: [
      { name: '长效管理机制', values: ['长期', '逐步健全'] },
      { name: '对服务能力提升的影响', values: ['持续提升', '较上年度提高'] },
    ],
  },
  {
    level1: '满意度指标',
    level2: '服务对象满意度指标',
    items: [
      { name: '服务对象满意度(%)', values: ['≥90%', '100%', '≥ 95'] },
      { name: '群众满意度(%)', values: ['≥ 85%', '100%'] },
      { name: '受益对象满意度(%)', values: ['≥90', '95%'] },
    ],
  },
];

/** The newer framework (2021+ templates): 成本指标 is a level-1 indicator with its own level-2 kinds. */
export const COST_LEVEL1: { level1: string; level2: string; items: readonly IndicatorTemplate[] } = {
  level1: '成本指标',
  level2: '经济成本指标',
  items: [
    { name: '项目预算控制数(万元)', values: ['≤100', '≤ 50'] },
    { name: '人均培训成本(元)', values: ['≤ 550', '≤800元'] },
  ],
};
