/**
 * Names and definitions of the statistics indicators (shared/statistics/indicators). The
 * definition is what the tooltip shows and the report note prints: what is counted and
 * which date decides the period.
 */

const LIVE = '状态为“在库”、不在回收站的人员'
const HELD = '状态为“已举办”、未删除、开始日期在统计期内的活动（跨月、跨年的活动按开始日期计）'
const SNAPSHOT = '按生成统计时的登记情况计，不随统计期变化'
const ATTENDED =
  '实到人数：活动登记了实到人数的按登记数，否则按签到为“出席”的参加人员计；同一人参加多场各计一次'
const SUBMITTED = '报送日期在统计期内、未删除的建言'

export const indicatorText = {
  units: {
    person: '人',
    personTimes: '人次',
    session: '场',
    class: '班',
    day: '天',
    tenThousandYuan: '万元',
    hour: '小时',
    item: '件',
    point: '分',
    year: '岁',
  },
  groups: {
    persons: '人员',
    activities: '活动',
    service: '服务',
    trainings: '培训',
    suggestions: '建言献策',
  },
  total: {
    name: '在册人数',
    definition: `${LIVE}。同一人属于多个类别时，合计只计一次。${SNAPSHOT}。`,
  },
  category: (name: string) => ({
    name,
    definition: `${LIVE}中登记了“${name}”子类的人数。一人属于多个子类时在每个子类各计一次，各子类之和可能大于在册人数。${SNAPSHOT}。`,
  }),
  group: (name: string) => ({
    name,
    definition: `${LIVE}中属于“${name}”大类（任一子类）的人数，同一人在本大类只计一次。${SNAPSHOT}。`,
  }),
  team: (name: string) => ({
    name,
    definition: `${LIVE}中队伍类别为“${name}”的人数。${SNAPSHOT}。`,
  }),
  seat: (body: string) => ({
    name: body,
    definition: `${LIVE}中登记了${body}身份（任一层级）的人数，同时为人大代表和政协委员的在两项各计一次。${SNAPSHOT}。`,
  }),
  seatLevel: (body: string, level: string) => ({
    name: `${level}${body}`,
    definition: `${LIVE}中登记了${level}${body}身份的人数；一人在多个层级任职的在每个层级各计一次。${SNAPSHOT}。`,
  }),
  added: {
    name: '新增人数',
    definition:
      '建档日期（记录创建时间，按北京时间归日）在统计期内、不在回收站的人员，不论其现在的状态。',
  },
  exits: {
    name: '减少人数',
    definition:
      '状态为“退出”“迁出”或“去世”、且状态变更日期在统计期内的人员；未填状态变更日期的不计入。',
  },
  netChange: {
    name: '净增人数',
    definition: '新增人数减去减少人数。',
  },
  averageAge: {
    name: '平均年龄',
    definition: `${LIVE}中出生日期已知者在统计期末（统计期未结束的按今天）的周岁年龄的平均数，保留一位小数。`,
  },
  ageBand: (label: string) => ({
    name: `${label}人数`,
    definition: `${LIVE}中统计期末（未结束的按今天）周岁年龄${label}的人数。`,
  }),
  ageBandLabels: {
    '<35': '35岁以下',
    '35-44': '35至44岁',
    '45-54': '45至54岁',
    '55+': '55岁及以上',
    unknown: '年龄不详',
  },
  sex: (name: string) => ({
    name: `${name}性`,
    definition: `${LIVE}中性别为“${name}”的人数。${SNAPSHOT}。`,
  }),
  education: {
    postgraduate: '研究生',
    bachelor: '大学本科',
    college: '大学专科',
    below: '中专及以下',
    unknown: '学历未填',
  },
  educationDefinition: (name: string) =>
    `${LIVE}中学历（GB/T 4658）属于“${name}”的人数；只计登记的最高学历一项。${SNAPSHOT}。`,
  party: {
    cpc: '中共党员',
    democratic: '民主党派成员',
    nonparty: '无党派人士',
    masses: '群众',
    other: '其他及未填',
  },
  partyDefinition: (name: string) =>
    `${LIVE}中第一政治面貌属于“${name}”的人数（中共党员含预备党员，民主党派为八个民主党派，其他含共青团员和未填）。${SNAPSHOT}。`,
  activities: {
    name: '活动场次',
    definition: `${HELD}的场数，含培训和服务活动。`,
  },
  attendance: {
    name: '参加活动人次',
    definition: `${HELD}的参加人次。${ATTENDED}。`,
  },
  typeCount: (type: string) => ({
    name: `${type}场次`,
    definition: `${HELD}中类型为“${type}”的场数。`,
  }),
  typeAttendance: (type: string) => ({
    name: `${type}人次`,
    definition: `${HELD}中类型为“${type}”的参加人次。${ATTENDED}。`,
  }),
  serviceCount: {
    name: '服务活动场次',
    definition: `${HELD}中类型为“社会服务”或“公益慈善”的场数。`,
  },
  serviceExperts: {
    name: '参与服务专家人次',
    definition: `${HELD}中类型为“社会服务”或“公益慈善”的参加人次。${ATTENDED}。`,
  },
  beneficiaries: {
    name: '受益群众人次',
    definition: `${HELD}登记的受益人次之和。`,
  },
  trainings: {
    name: '培训班次',
    definition: `${HELD}中类型为“培训”的班数。`,
  },
  trainingAttendance: {
    name: '培训人次',
    definition: `${HELD}中类型为“培训”的参训人次。${ATTENDED}。`,
  },
  trainingDays: {
    name: '培训天数',
    definition: `${HELD}中类型为“培训”的登记培训天数之和；跨月的培训全部计入开始日期所在期。`,
  },
  trainingLevel: (level: string) => ({
    name: `${level}举办培训班次`,
    definition: `${HELD}中类型为“培训”、举办层级为“${level}”的班数。`,
  }),
  trainingLevelAttendance: (level: string) => ({
    name: `${level}举办培训人次`,
    definition: `${HELD}中类型为“培训”、举办层级为“${level}”的参训人次。${ATTENDED}。`,
  }),
  trainingLevels: { central: '中央', province: '省级', city: '市级', county: '县级' },
  donations: {
    name: '捐款金额',
    definition: `${HELD}登记的捐款金额之和，单位万元，保留两位小数。`,
  },
  goods: {
    name: '捐物折价',
    definition: `${HELD}登记的捐赠物资折价之和，单位万元，保留两位小数。`,
  },
  volunteerHours: {
    name: '志愿服务时长',
    definition: `${HELD}登记的志愿服务小时数之和。`,
  },
  suggestionsSubmitted: {
    name: '报送建言件数',
    definition: `${SUBMITTED}件数。`,
  },
  suggestionsAdopted: {
    name: '被采用建言件数',
    definition: `${SUBMITTED}中至少有一次采用记录的件数。`,
  },
  suggestionsAdoptedAt: (level: string) => ({
    name: `被${level}采用件数`,
    definition: `${SUBMITTED}中被采用的最高层级为${level}的件数；每件只按最高层级计一次，各层级之和等于被采用件数。`,
  }),
  adoptionLevels: { county: '县级', city: '市级', province: '省级', national: '全国' },
  suggestionsInstructed: {
    name: '获领导批示件数',
    definition: `${SUBMITTED}中至少有一条领导批示的件数。`,
  },
  suggestionsPoints: {
    name: '建言得分',
    definition: `${SUBMITTED}按报送当年的评分规则计算的得分之和。`,
  },
  unavailable: { suggestions: '建言献策模块尚未启用，相关指标按 0 计。' } as Record<string, string>,
}
