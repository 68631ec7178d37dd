import { t } from '../../../shared/i18n'

/** The 所属单位 column of a ledger at an upper unit; a county's lists are all its own. */
export function unitColumn(upper: boolean, width = 150) {
  if (!upper) return []
  return [
    {
      title: t.common.unitColumn,
      dataIndex: 'unitName',
      width,
      ellipsis: true,
      render: (v: string) => v || t.common.none,
    },
  ]
}
