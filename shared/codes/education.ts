import { findCode, type CodeEntry } from './lookup'

/**
 * GB/T 4658-2006 学历代码. Codes ending in 0 name a level as a whole (研究生教育); rosters use
 * them when only the level is known. Synonyms are the words rosters write in a 文化程度 column,
 * each meaning a graduate (毕业) of that level: 本科 → 21.
 */
export const EDUCATION = [
  { code: '10', name: '研究生教育', synonyms: ['研究生学历'] },
  { code: '11', name: '博士研究生毕业', synonyms: ['博士', '博士研究生', '博士研究生学历'] },
  { code: '12', name: '博士研究生结业' },
  { code: '13', name: '博士研究生肄业' },
  {
    code: '14',
    name: '硕士研究生毕业',
    synonyms: ['硕士', '硕士研究生', '研究生', '研究生毕业', '硕士研究生学历'],
  },
  { code: '15', name: '硕士研究生结业' },
  { code: '16', name: '硕士研究生肄业' },
  { code: '17', name: '研究生班毕业', synonyms: ['研究生班'] },
  { code: '18', name: '研究生班结业' },
  { code: '19', name: '研究生班肄业' },
  { code: '20', name: '大学本科教育' },
  {
    code: '21',
    name: '大学本科毕业',
    synonyms: ['本科', '大学本科', '本科毕业', '大本', '本科学历'],
  },
  { code: '22', name: '大学本科结业', synonyms: ['本科结业'] },
  { code: '23', name: '大学本科肄业', synonyms: ['本科肄业'] },
  { code: '28', name: '大学普通班毕业', synonyms: ['大学普通班'] },
  { code: '30', name: '大学专科教育' },
  {
    code: '31',
    name: '大学专科毕业',
    synonyms: ['大专', '专科', '大学专科', '大专毕业', '专科毕业', '高职', '大专学历'],
  },
  { code: '32', name: '大学专科结业', synonyms: ['大专结业', '专科结业'] },
  { code: '33', name: '大学专科肄业', synonyms: ['大专肄业', '专科肄业'] },
  { code: '40', name: '中等职业教育', synonyms: ['中职'] },
  { code: '41', name: '中等专科毕业', synonyms: ['中专', '中等专科', '中专毕业'] },
  { code: '42', name: '中等专科结业', synonyms: ['中专结业'] },
  { code: '43', name: '中等专科肄业', synonyms: ['中专肄业'] },
  { code: '44', name: '职业高中毕业', synonyms: ['职高', '职业高中', '职高毕业'] },
  { code: '45', name: '职业高中结业' },
  { code: '46', name: '职业高中肄业' },
  { code: '47', name: '技工学校毕业', synonyms: ['技校', '技工学校', '技校毕业'] },
  { code: '48', name: '技工学校结业' },
  { code: '49', name: '技工学校肄业' },
  { code: '60', name: '普通高级中学教育' },
  { code: '61', name: '普通高中毕业', synonyms: ['高中', '普通高中', '高中毕业'] },
  { code: '62', name: '普通高中结业', synonyms: ['高中结业'] },
  { code: '63', name: '普通高中肄业', synonyms: ['高中肄业'] },
  { code: '70', name: '初级中学教育' },
  { code: '71', name: '初中毕业', synonyms: ['初中', '初级中学'] },
  { code: '73', name: '初中肄业' },
  { code: '80', name: '小学教育' },
  { code: '81', name: '小学毕业', synonyms: ['小学'] },
  { code: '83', name: '小学肄业' },
  { code: '90', name: '其他', synonyms: ['其它'] },
] as const satisfies readonly CodeEntry[]

export type EducationCode = (typeof EDUCATION)[number]['code']

export function findEducation(text: string | null | undefined) {
  return findCode(EDUCATION, text)
}
