import { findCode, type CodeEntry } from './lookup'

/**
 * GB/T 3304-1991 民族代码: 56 nationalities with numeric and letter codes, plus 97 其他 (not yet
 * identified) and 98 外国血统中国籍人士. Some systems write 57/58 for the last two; the
 * standard and ID-card readers use 97/98, so do we. Rosters drop 族 (汉, 蒙古): the short name.
 */
export const ETHNICITY = [
  { code: '01', name: '汉族', short: '汉', letter: 'HA' },
  { code: '02', name: '蒙古族', short: '蒙古', letter: 'MG' },
  { code: '03', name: '回族', short: '回', letter: 'HU' },
  { code: '04', name: '藏族', short: '藏', letter: 'ZA' },
  { code: '05', name: '维吾尔族', short: '维吾尔', letter: 'UG' },
  { code: '06', name: '苗族', short: '苗', letter: 'MH' },
  { code: '07', name: '彝族', short: '彝', letter: 'YI' },
  { code: '08', name: '壮族', short: '壮', letter: 'ZH' },
  { code: '09', name: '布依族', short: '布依', letter: 'BY' },
  { code: '10', name: '朝鲜族', short: '朝鲜', letter: 'CS' },
  { code: '11', name: '满族', short: '满', letter: 'MA' },
  { code: '12', name: '侗族', short: '侗', letter: 'DO' },
  { code: '13', name: '瑶族', short: '瑶', letter: 'YA' },
  { code: '14', name: '白族', short: '白', letter: 'BA' },
  { code: '15', name: '土家族', short: '土家', letter: 'TJ' },
  { code: '16', name: '哈尼族', short: '哈尼', letter: 'HN' },
  { code: '17', name: '哈萨克族', short: '哈萨克', letter: 'KZ' },
  { code: '18', name: '傣族', short: '傣', letter: 'DA' },
  { code: '19', name: '黎族', short: '黎', letter: 'LI' },
  { code: '20', name: '傈僳族', short: '傈僳', letter: 'LS' },
  { code: '21', name: '佤族', short: '佤', letter: 'VA' },
  { code: '22', name: '畲族', short: '畲', letter: 'SH' },
  { code: '23', name: '高山族', short: '高山', letter: 'GS' },
  { code: '24', name: '拉祜族', short: '拉祜', letter: 'LH' },
  { code: '25', name: '水族', short: '水', letter: 'SU' },
  { code: '26', name: '东乡族', short: '东乡', letter: 'DX' },
  { code: '27', name: '纳西族', short: '纳西', letter: 'NX' },
  { code: '28', name: '景颇族', short: '景颇', letter: 'JP' },
  { code: '29', name: '柯尔克孜族', short: '柯尔克孜', letter: 'KG' },
  { code: '30', name: '土族', short: '土', letter: 'TU' },
  { code: '31', name: '达斡尔族', short: '达斡尔', letter: 'DU' },
  { code: '32', name: '仫佬族', short: '仫佬', letter: 'ML' },
  { code: '33', name: '羌族', short: '羌', letter: 'QI' },
  { code: '34', name: '布朗族', short: '布朗', letter: 'BL' },
  { code: '35', name: '撒拉族', short: '撒拉', letter: 'SL' },
  { code: '36', name: '毛南族', short: '毛南', letter: 'MN' },
  { code: '37', name: '仡佬族', short: '仡佬', letter: 'GL' },
  { code: '38', name: '锡伯族', short: '锡伯', letter: 'XB' },
  { code: '39', name: '阿昌族', short: '阿昌', letter: 'AC' },
  { code: '40', name: '普米族', short: '普米', letter: 'PM' },
  { code: '41', name: '塔吉克族', short: '塔吉克', letter: 'TA' },
  { code: '42', name: '怒族', short: '怒', letter: 'NU' },
  { code: '43', name: '乌孜别克族', short: '乌孜别克', letter: 'UZ' },
  { code: '44', name: '俄罗斯族', short: '俄罗斯', letter: 'RS' },
  { code: '45', name: '鄂温克族', short: '鄂温克', letter: 'EW' },
  { code: '46', name: '德昂族', short: '德昂', letter: 'DE' },
  { code: '47', name: '保安族', short: '保安', letter: 'BN' },
  { code: '48', name: '裕固族', short: '裕固', letter: 'YG' },
  { code: '49', name: '京族', short: '京', letter: 'GI' },
  { code: '50', name: '塔塔尔族', short: '塔塔尔', letter: 'TT' },
  { code: '51', name: '独龙族', short: '独龙', letter: 'DR' },
  { code: '52', name: '鄂伦春族', short: '鄂伦春', letter: 'OR' },
  { code: '53', name: '赫哲族', short: '赫哲', letter: 'HZ' },
  { code: '54', name: '门巴族', short: '门巴', letter: 'MB' },
  { code: '55', name: '珞巴族', short: '珞巴', letter: 'LB' },
  { code: '56', name: '基诺族', short: '基诺', letter: 'JN' },
  { code: '97', name: '其他', short: '其他', synonyms: ['其他民族', '未识别民族', '未定族称人口'] },
  {
    code: '98',
    name: '外国血统中国籍人士',
    short: '外国血统',
    synonyms: ['外国血统中国籍', '外籍加入中国籍', '入籍'],
  },
] as const satisfies readonly CodeEntry[]

export type EthnicityCode = (typeof ETHNICITY)[number]['code']

export function findEthnicity(text: string | null | undefined) {
  return findCode(ETHNICITY, text)
}
