import { Button, Select, Tag, Tooltip } from 'antd'
import { ClearOutlined } from '@ant-design/icons'
import { PERSON_STATUS } from '../../../../../shared/codes/personStatus'
import { TALENT_LEVEL } from '../../../../../shared/codes/talentLevel'
import { TEAMS } from '../../../../../shared/codes/teams'
import { t } from '../../../../../shared/i18n'
import {
  categoryOptionGroups,
  codeOptions,
  politicalOptions,
  typeToFilter,
} from '../common/codeOptions'
import type { Dictionaries } from '../common/dictionaryStore'
import { useUnitScope } from '../../../lists/useUnitScope'
import {
  activeFilterCount,
  AGE_BANDS,
  NO_FILTERS,
  type AgeBand,
  type PersonFilters,
  type SeatFilter,
} from './listState'

const txt = t.personsUi.list

const teamOptions = codeOptions(TEAMS)
const talentOptions = codeOptions(TALENT_LEVEL)
const statusOptions = codeOptions(PERSON_STATUS)
const ageOptions = (Object.keys(AGE_BANDS) as AgeBand[]).map((b) => ({
  value: b,
  label: txt.ageBands[b],
}))
const seatOptions = (['npc', 'cppcc', 'any'] as SeatFilter[]).map((s) => ({
  value: s,
  label: txt.seatFilter[s],
}))

type MultiKey =
  'categories' | 'teams' | 'talentLevels' | 'townships' | 'statuses' | 'politicalStatuses' | 'units'

/** One row of drop-downs; each narrows the list, and each list means "any of these". */
export function PersonFilterBar({
  value,
  onChange,
  dict,
}: {
  value: PersonFilters
  onChange(next: PersonFilters): void
  dict: Dictionaries
}) {
  const unitOptions = useUnitScope()
  const multi = (key: MultiKey, label: string, options: object[], width = 148) => (
    <Select
      key={key}
      mode="multiple"
      allowClear
      showSearch={typeToFilter}
      maxTagCount="responsive"
      placeholder={label}
      aria-label={label}
      value={value[key]}
      onChange={(v: string[]) => onChange({ ...value, [key]: v })}
      options={options}
      style={{ width }}
      popupMatchSelectWidth={false}
    />
  )
  const townshipOptions = dict.of('township').map((e) => ({
    value: e.code,
    label: e.name,
    search: `${e.code} ${e.name}`,
  }))

  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
      {unitOptions.length > 0 && multi('units', txt.filters.units, unitOptions, 200)}
      {multi('categories', txt.filters.category, categoryOptionGroups, 150)}
      {multi('teams', txt.filters.team, teamOptions, 122)}
      {multi('talentLevels', txt.filters.talentLevel, talentOptions, 130)}
      {multi('townships', txt.filters.township, townshipOptions, 140)}
      {multi('statuses', txt.filters.status, statusOptions, 104)}
      {multi('politicalStatuses', txt.filters.political, politicalOptions, 130)}
      <Select
        allowClear
        placeholder={txt.filters.ageBand}
        aria-label={txt.filters.ageBand}
        value={value.ageBand ?? undefined}
        onChange={(v?: AgeBand) => onChange({ ...value, ageBand: v ?? null })}
        options={ageOptions}
        style={{ width: 112 }}
        popupMatchSelectWidth={false}
      />
      <Select
        allowClear
        placeholder={txt.filters.seat}
        aria-label={txt.filters.seat}
        value={value.seat ?? undefined}
        onChange={(v?: SeatFilter) => onChange({ ...value, seat: v ?? null })}
        options={seatOptions}
        style={{ width: 112 }}
        popupMatchSelectWidth={false}
      />
      {value.quality && (
        <Tag closable color="orange" onClose={() => onChange({ ...value, quality: null })}>
          {t.dashboardUi.quality[value.quality]}
        </Tag>
      )}
      {value.recorded && (
        <Tag closable color="blue" onClose={() => onChange({ ...value, recorded: null })}>
          {t.dashboardUi.recordedBetween(value.recorded.from, value.recorded.to)}
        </Tag>
      )}
      {activeFilterCount(value) > 0 && (
        <Tooltip title={txt.clearFilters}>
          <Button
            type="text"
            aria-label={txt.clearFilters}
            icon={<ClearOutlined />}
            onClick={() => onChange(NO_FILTERS)}
          />
        </Tooltip>
      )}
    </div>
  )
}
