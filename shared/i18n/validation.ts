import { fieldLabels } from './fields'

/** The subset of a zod issue we read, so shared/ does not depend on zod's internals. */
export interface IssueLike {
  code: string
  path: PropertyKey[]
  message: string
  minimum?: number | bigint
  maximum?: number | bigint
  origin?: string
  keys?: string[]
  format?: string
}

function labelOf(path: PropertyKey[]): string {
  const last = [...path].reverse().find((p) => typeof p === 'string')
  return (
    (typeof last === 'string' && fieldLabels[last]) || (typeof last === 'string' ? last : '输入')
  )
}

/** One Chinese sentence per issue, naming the field. */
export function issueMessage(issue: IssueLike): string {
  const f = `「${labelOf(issue.path)}」`
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string'
        ? `${f}至少需要 ${issue.minimum} 个字符`
        : `${f}不能小于 ${issue.minimum}`
    case 'too_big':
      return issue.origin === 'string'
        ? `${f}不能超过 ${issue.maximum} 个字符`
        : `${f}不能大于 ${issue.maximum}`
    case 'invalid_type':
      return `${f}未填写或格式不对`
    case 'unrecognized_keys':
      return `不认识的字段：${(issue.keys ?? []).join('、')}`
    case 'invalid_value':
      return `${f}不是可选的值`
    case 'invalid_format':
      if (issue.format === 'regex') return formatHint(issue.path) ?? `${f}格式不正确`
      return `${f}格式不正确`
    case 'custom':
      if (issue.message === 'password.weak') return `${f}需同时包含字母和数字`
      return `${f}${issue.message}`
    default:
      return `${f}格式不正确`
  }
}

function formatHint(path: PropertyKey[]): string | null {
  const last = path[path.length - 1]
  if (last === 'username') return '「用户名」只能使用字母、数字、下划线、点和短横线'
  if (last === 'code') return '「行政区划代码」应为 6 位数字（GB/T 2260），如 330621'
  return null
}
