import { useCallback, useEffect, useState } from 'react'
import { Alert, App, Button, Progress, Radio, Space, Typography } from 'antd'
import { DeleteOutlined, ExperimentOutlined } from '@ant-design/icons'
import { DEMO_SCALES, type DemoScale } from '../../../../shared/contract/persons'
import { t } from '../../../../shared/i18n'
import { call, onEvent } from '../../api/client'
import { errorText } from '../../forms/serverIssues'
import { navigate } from '../../router/hashRoute'
import { reloadDictionaries } from '../persons/common/dictionaryStore'

const txt = t.personsUi.demo

/**
 * 设置 → 演示数据 (admins): fills an empty register with fictional persons marked as demo,
 * for trying the app out and checking it at scale. The core refuses once real persons exist.
 */
export function DemoDataTab() {
  const { message, modal } = App.useApp()
  const [scale, setScale] = useState<DemoScale>('county')
  const [counts, setCounts] = useState<{ real: number; demo: number } | null>(null)
  const [running, setRunning] = useState(false)
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [result, setResult] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  const loadCounts = useCallback(async () => {
    try {
      const [real, demo] = await Promise.all([
        call('persons.count', { isDemo: false }),
        call('persons.count', { isDemo: true }),
      ])
      setCounts({ real: real.count, demo: demo.count })
    } catch (e) {
      setError(errorText(e))
    }
  }, [])

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void loadCounts()
  }, [loadCounts])

  useEffect(
    () =>
      onEvent('progress', (p) => {
        if (p.task === 'persons.loadDemo') setProgress({ done: p.done, total: p.total })
      }),
    [],
  )

  async function load() {
    setRunning(true)
    setError(null)
    setResult(null)
    setProgress({ done: 0, total: DEMO_SCALES[scale] })
    try {
      const r = await call('persons.loadDemo', { scale, seed: 1 })
      setResult(txt.done(r.inserted, (r.ms / 1000).toFixed(1)))
      message.success(txt.done(r.inserted, (r.ms / 1000).toFixed(1)))
      await reloadDictionaries()
    } catch (e) {
      setError(errorText(e))
    } finally {
      setRunning(false)
      setProgress(null)
      await loadCounts()
    }
  }

  async function clear() {
    setError(null)
    setResult(null)
    try {
      const r = await call('persons.clearDemo', {})
      message.success(txt.cleared(r.removed))
    } catch (e) {
      setError(errorText(e))
    } finally {
      await loadCounts()
    }
  }

  const refused = counts !== null && counts.real > 0
  const loaded = counts !== null && counts.demo > 0

  return (
    <div style={{ maxWidth: 820 }}>
      <Alert
        type="warning"
        showIcon
        title={txt.intro}
        description={txt.onlyEmpty}
        style={{ marginBottom: 16 }}
      />
      {counts && (
        <Typography.Paragraph data-testid="demo-counts">
          {txt.counts(counts.real, counts.demo)}
        </Typography.Paragraph>
      )}
      {refused && (
        <Alert
          type="info"
          showIcon
          title={txt.refusedReal(counts.real)}
          style={{ marginBottom: 12 }}
        />
      )}
      {!refused && loaded && !result && (
        <Alert type="info" showIcon title={txt.alreadyLoaded} style={{ marginBottom: 12 }} />
      )}
      <Typography.Title level={5}>{txt.scale}</Typography.Title>
      <Radio.Group
        value={scale}
        onChange={(e) => setScale(e.target.value as DemoScale)}
        disabled={running || refused || loaded}
        style={{ display: 'grid', gap: 6, marginBottom: 16 }}
        options={(Object.keys(DEMO_SCALES) as DemoScale[]).map((s) => ({
          value: s,
          label: txt.scales[s],
        }))}
      />
      <Space>
        <Button
          type="primary"
          icon={<ExperimentOutlined />}
          loading={running}
          disabled={refused || loaded || counts === null}
          onClick={() =>
            modal.confirm({
              title: txt.confirmTitle,
              content: txt.confirmContent(txt.scales[scale] ?? scale),
              okText: txt.load,
              onOk: () => {
                void load()
              },
            })
          }
        >
          {running ? txt.loading : txt.load}
        </Button>
        {(loaded || result) && <Button onClick={() => navigate('/persons')}>{txt.goToList}</Button>}
        {loaded && (
          <Button
            danger
            icon={<DeleteOutlined />}
            disabled={running}
            onClick={() =>
              modal.confirm({
                title: txt.clearTitle,
                content: txt.clearContent(counts.demo),
                okText: txt.clear,
                okButtonProps: { danger: true },
                onOk: clear,
              })
            }
          >
            {txt.clear}
          </Button>
        )}
      </Space>
      {progress && (
        <div style={{ marginTop: 16 }}>
          <Progress
            percent={Math.floor((progress.done / Math.max(1, progress.total)) * 100)}
            status="active"
            format={() => txt.progress(progress.done, progress.total)}
          />
        </div>
      )}
      {result && <Alert type="success" showIcon title={result} style={{ marginTop: 16 }} />}
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 16 }} />}
    </div>
  )
}
