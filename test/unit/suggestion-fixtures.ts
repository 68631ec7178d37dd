import type { Input } from '../../shared/contract'

/** A suggestion of `submittedOn` by these register persons, carried by the association's bulletin. */
export const suggestionDraft = (
  personIds: string[],
  overrides: Partial<Input<'suggestions.create'>> = {},
): Input<'suggestions.create'> => ({
  title: '关于优化县域营商环境的建议',
  kind: '02',
  submittedOn: '2025-04-10',
  channel: '01',
  receivingBody: '县委统战部',
  summary: '建议设立企业服务专窗',
  submitters: personIds.map((personId, i) => ({ personId, isLead: i === 0 })),
  ...overrides,
})
