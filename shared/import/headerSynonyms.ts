import { personFieldLabels } from '../i18n/persons'
import { IMPORT_FIELDS, type ImportField } from './importFields'
import { headerWithoutRemarks, normalizeHeader } from './normalizeHeader'

/**
 * What county rosters write above each column. Our own labels (personFieldLabels, which the
 * export writes) are always added, so an exported list maps back by itself. Matched after
 * normalizeHeader, as whole texts only: 单位 is the employer, 单位性质 is not.
 */
export const HEADER_SYNONYMS: { readonly [K in ImportField]?: readonly string[] } = {
  name: ['姓名', '名字', '人员姓名', '人士姓名', '真实姓名'],
  formerNames: ['曾用名', '笔名', '曾用名/笔名', '曾用名(笔名)', '网名', '艺名'],
  sex: ['性别'],
  ethnicity: ['民族'],
  birthDate: ['出生年月', '出生日期', '出生年月日', '生日', '出生时间', '出生年月(日)'],
  nativePlace: ['籍贯'],
  birthPlace: ['出生地', '出生地点'],
  idNumber: [
    '身份证号',
    '身份证号码',
    '公民身份号码',
    '公民身份证号码',
    '身份证',
    '身份证件号码',
    '证件号码',
    '身份证编号',
  ],
  politicalStatus: ['政治面貌', '党派', '政治身份', '第一党派', '党派(政治面貌)', '所属党派'],
  politicalJoinedOn: ['加入时间', '入党时间', '加入党派时间', '加入党派日期', '入党(团)时间'],
  politicalStatus2: ['第二党派', '第二政治面貌'],
  politicalJoinedOn2: ['第二党派加入时间'],
  education: ['学历', '文化程度', '最高学历', '全日制学历'],
  degree: ['学位', '最高学位'],
  schoolMajor: ['毕业院校及专业', '毕业院校', '毕业学校', '毕业院校系及专业', '毕业院校和专业'],
  title: ['专业技术职称', '职称', '技术职称', '专业技术职务'],
  titleLevel: ['职称级别', '职称等级'],
  employer: ['工作单位', '单位名称', '所在单位', '单位', '工作单位名称', '就职单位', '企业名称'],
  jobTitle: ['职务', '职位', '现任职务', '现职务', '岗位', '单位职务', '现任职务(职位)'],
  employerType: ['单位性质', '企业性质', '单位类型'],
  township: ['乡镇(街道)', '乡镇', '街道', '乡镇街道', '所在乡镇', '所属乡镇', '所在乡镇(街道)'],
  community: ['社区(村)', '社区', '村(社区)', '所在社区', '村社区', '村'],
  grid: ['网格', '所属网格'],
  phone: ['手机', '联系电话', '手机号码', '手机号', '电话', '联系方式', '移动电话', '电话号码'],
  email: ['电子邮箱', '邮箱', '电子邮件', 'email', 'e-mail'],
  address: ['通讯地址', '地址', '家庭住址', '联系地址', '住址', '通信地址'],
  team: ['队伍类别', '队伍'],
  talentLevel: ['人才库层级', '人才层级'],
  managementLevel: ['管理层级'],
  status: ['状态', '人员状态'],
  statusDate: ['状态变更日期'],
  statusReason: ['状态变更原因'],
  source: ['信息来源', '来源'],
  collectedOn: ['采集日期', '采集时间'],
  remarks: ['备注', '备注说明'],
  performance: ['主要表现', '主要事迹'],
  influence: ['社会影响'],
  categories: [
    '人员类别',
    '所属群体',
    '类别',
    '群体类别',
    '所属类别',
    '人士类别',
    '群体',
    '新的社会阶层人士类别',
  ],
  tags: ['标签'],
}

/** Columns that are known but never imported: the running number of the sheet. */
export const IGNORED_HEADERS: readonly string[] = ['序号', '编号', '排序', '序']

let index: Map<string, ImportField> | null = null

function headerIndex(): Map<string, ImportField> {
  index ??= synonymIndex(
    IMPORT_FIELDS.map((field) => [
      field,
      [personFieldLabels[field], ...(HEADER_SYNONYMS[field] ?? [])],
    ]),
  )
  return index
}

/** Normalized header text → field; a text two fields claim goes to the earlier one. */
export function synonymIndex<F extends string>(
  entries: Iterable<readonly [F, readonly string[]]>,
): Map<string, F> {
  const out = new Map<string, F>()
  for (const [field, texts] of entries) {
    for (const text of texts) {
      const key = normalizeHeader(text)
      if (key && !out.has(key)) out.set(key, field)
    }
  }
  return out
}

const ignored = new Set(IGNORED_HEADERS.map(normalizeHeader))

/**
 * The field a header names: first a remembered choice (the office's own spelling, saved when
 * someone mapped it by hand), then the whole text, then the text without remarks in brackets.
 */
export function fieldOfHeader(
  raw: unknown,
  remembered?: ReadonlyMap<string, ImportField | null>,
): ImportField | null {
  return lookUpHeader(raw, headerIndex(), remembered)
}

/** fieldOfHeader against any synonym index (synonymIndex). */
export function lookUpHeader<F extends string>(
  raw: unknown,
  synonyms: ReadonlyMap<string, F>,
  remembered?: ReadonlyMap<string, F | null>,
): F | null {
  const key = normalizeHeader(raw)
  if (!key) return null
  if (remembered?.has(key)) return remembered.get(key) ?? null
  const hit = synonyms.get(key)
  if (hit) return hit
  const bare = headerWithoutRemarks(key)
  if (bare !== key && remembered?.has(bare)) return remembered.get(bare) ?? null
  return bare !== key ? (synonyms.get(bare) ?? null) : null
}

/** True for 序号 and the like: a header, but of a column nobody imports. */
export function isIgnoredHeader(raw: unknown): boolean {
  return ignored.has(normalizeHeader(raw))
}
