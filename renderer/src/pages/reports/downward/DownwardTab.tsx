import { useCallback } from 'react'
import { Space, Spin } from 'antd'
import { call } from '../../../api/client'
import { useLoaded } from '../../../api/useLoaded'
import { DownwardExport } from './DownwardExport'
import { DownwardImport } from './DownwardImport'
import { TasksSection } from './TasksSection'

/**
 * 上报 → 下发: an upper unit sets reporting tasks and writes the downward package; a unit with
 * an upper unit imports what came down (an administrator's act: it changes dictionaries and
 * rules). A city does both.
 */
export function DownwardTab({ writer, admin }: { writer: boolean; admin: boolean }) {
  const load = useCallback(
    () => Promise.all([call('units.overview', {}), call('downward.tasks', {})]),
    [],
  )
  const { data, reload } = useLoaded(load, null)
  if (!data) return <Spin />
  const [units, tasks] = data
  return (
    <Space orientation="vertical" size={24} style={{ width: '100%' }}>
      {admin && units.upper.length > 0 && <DownwardImport onApplied={() => void reload()} />}
      <TasksSection
        tasks={tasks}
        canSet={writer && units.lower.length > 0}
        onChanged={() => void reload()}
      />
      {writer && units.lower.length > 0 && <DownwardExport lowers={units.lower} />}
    </Space>
  )
}
