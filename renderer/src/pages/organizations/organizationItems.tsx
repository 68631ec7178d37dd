import type { ReactNode } from 'react'
import { Typography } from 'antd'
import type { OrganizationDetail } from '../../../../shared/contract/organizations'
import { t } from '../../../../shared/i18n'
import type { Dictionaries } from '../persons/common/dictionaryStore'

const label = t.organizations.fieldLabels
const ui = t.organizationsUi.form
const none = t.common.none

const v = (x: string | number | null | undefined): ReactNode =>
  x === null || x === undefined || x === '' ? none : x

/** The fields of the organization's kind, for the Descriptions of its page. */
export function organizationItems(o: OrganizationDetail, dict: Dictionaries) {
  const item = (key: string, name: string, children: ReactNode, span?: number) => ({
    key,
    label: name,
    children,
    ...(span ? { span } : {}),
  })
  const base = o.kind === 'practice_base'
  const service = o.kind === 'service_team' || o.kind === 'service_unit'
  const association = o.kind === 'association' || o.kind === 'branch'
  const leader = o.leaderPersonId ? (
    <Typography.Link href={`#/persons/${encodeURIComponent(o.leaderPersonId!)}`}>
      {o.leaderName}
    </Typography.Link>
  ) : (
    v(o.leaderName)
  )
  return [
    item('kind', label.kind!, t.organizations.kinds[o.kind]),
    item('shortName', label.shortName!, v(o.shortName)),
    item(
      'level',
      base ? ui.namingLevel : label.level!,
      o.level ? t.organizations.levels[o.level] : none,
    ),
    item('leader', label.leaderName!, leader),
    item(
      'township',
      t.personsUi.list.filters.township,
      v(dict.name('township', o.township, o.unitCode)),
    ),
    ...(base
      ? [
          item(
            'hostType',
            label.hostType!,
            o.hostType ? t.organizations.hostTypes[o.hostType] : none,
          ),
          item('hostOrg', label.hostOrg!, v(o.hostOrg)),
          item('batch', label.batch!, v(o.batch)),
          item('namedOn', label.namedOn!, v(o.namedOn)),
          item('peopleCovered', label.peopleCovered!, v(o.peopleCovered)),
        ]
      : [item('foundedOn', label.foundedOn!, v(o.foundedOn))]),
    ...(association
      ? [
          item('sessionNo', label.sessionNo!, v(o.sessionNo)),
          item(
            'registration',
            label.registration!,
            o.registration ? t.organizations.registrations[o.registration] : none,
          ),
          item('annualReview', label.annualReview!, v(o.annualReview)),
        ]
      : []),
    ...(service ? [item('serviceField', label.serviceField!, v(o.serviceField))] : []),
    item('exclusive', label.exclusive!, o.exclusive ? t.common.yes : t.common.no),
    item('remarks', ui.remarks, v(o.remarks), 3),
  ]
}
