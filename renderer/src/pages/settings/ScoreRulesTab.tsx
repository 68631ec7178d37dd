import { useCallback, useEffect, useState } from 'react'
import { Alert, App, Button, Card, Form, InputNumber, Radio, Space, Spin, Typography } from 'antd'
import type { LocalDictionaryEntry, RulesState, ScoreRules } from '../../../../shared/contract'
import {
  ADOPTION_COUNTINGS,
  SHARE_MODES,
  SUGGESTION_LEVELS,
} from '../../../../shared/contract/suggestions'
import { t } from '../../../../shared/i18n'
import { call } from '../../api/client'
import { errorText } from '../../forms/serverIssues'

const txt = t.suggestionsUi.rules
const names = t.suggestions

function PointsRow({
  group,
  entries,
  step = 1,
}: {
  group: keyof ScoreRules
  entries: { code: string; name: string }[]
  step?: number
}) {
  return (
    <Space wrap>
      {entries.map((e) => (
        <Form.Item key={e.code} name={[group, e.code]} label={e.name} style={{ marginBottom: 8 }}>
          <InputNumber
            aria-label={`${txt[group as 'kindPoints']} ${e.name}`}
            step={step}
            style={{ width: 90 }}
          />
        </Form.Item>
      ))}
    </Space>
  )
}

/** 设置 → 评分规则: the points table; saving recomputes every unlocked score. */
export function ScoreRulesTab() {
  const { message } = App.useApp()
  const [state, setState] = useState<RulesState | null>(null)
  const [kinds, setKinds] = useState<LocalDictionaryEntry[]>([])
  const [channels, setChannels] = useState<LocalDictionaryEntry[]>([])
  const [result, setResult] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const load = useCallback(async () => {
    const [r, k, c] = await Promise.all([
      call('suggestions.rules', {}),
      call('suggestions.kinds', { includeDisabled: false }),
      call('suggestions.channels', { includeDisabled: false }),
    ])
    setState(r)
    setKinds(k)
    setChannels(c)
  }, [])
  useEffect(() => {
    // Loading when the tab opens is the point of this effect; setState follows an await.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load().catch((e: unknown) => message.error(errorText(e)))
  }, [load, message])

  async function save(rules: ScoreRules) {
    setSaving(true)
    try {
      const withZeros: ScoreRules = {
        ...rules,
        kindPoints: Object.fromEntries(kinds.map((k) => [k.code, rules.kindPoints?.[k.code] ?? 0])),
        channelPoints: Object.fromEntries(
          channels.map((c) => [c.code, rules.channelPoints?.[c.code] ?? 0]),
        ),
      }
      const r = await call('suggestions.saveRules', { rules: withZeros })
      setResult(txt.saved(r.version, r.changed))
      await load()
    } catch (e) {
      message.error(errorText(e))
    } finally {
      setSaving(false)
    }
  }

  const levels = SUGGESTION_LEVELS.map((l) => ({ code: l, name: names.levelNames[l]! }))
  // The form appears only with the rules in it: a field typed into before they arrive would be
  // overwritten (or, in a number box, run together with the loaded value).
  if (!state) return <Spin />
  return (
    <div style={{ maxWidth: 900 }}>
      <Typography.Paragraph type="secondary">{txt.intro}</Typography.Paragraph>
      <Typography.Paragraph strong>{txt.version(state.version)}</Typography.Paragraph>
      {result && (
        <Alert
          type="success"
          showIcon
          title={result}
          style={{ marginBottom: 12 }}
          data-testid="rules-result"
        />
      )}
      <Form<ScoreRules>
        key={state.version}
        initialValues={state.rules}
        layout="vertical"
        onFinish={(v) => void save(v)}
      >
        <Card size="small" title={txt.kindPoints} style={{ marginBottom: 8 }}>
          <PointsRow group="kindPoints" entries={kinds} />
        </Card>
        <Card size="small" title={txt.channelPoints} style={{ marginBottom: 8 }}>
          <PointsRow group="channelPoints" entries={channels} />
        </Card>
        <Card size="small" title={txt.adoptionPoints} style={{ marginBottom: 8 }}>
          <PointsRow group="adoptionPoints" entries={levels} />
          <Form.Item name="adoptionCounting" label={txt.adoptionCounting}>
            <Radio.Group
              options={ADOPTION_COUNTINGS.map((c) => ({
                value: c,
                label: names.adoptionCountingNames[c],
              }))}
            />
          </Form.Item>
        </Card>
        <Card size="small" title={txt.instructionMultiplier} style={{ marginBottom: 8 }}>
          <PointsRow group="instructionMultiplier" entries={levels} step={0.5} />
        </Card>
        <Card size="small" title={txt.instructionBonus} style={{ marginBottom: 8 }}>
          <PointsRow group="instructionBonus" entries={levels} />
        </Card>
        <Card size="small" title={txt.share} style={{ marginBottom: 8 }}>
          <Form.Item name="share" style={{ marginBottom: 0 }}>
            <Radio.Group
              options={SHARE_MODES.map((m) => ({ value: m, label: names.shareModeNames[m] }))}
            />
          </Form.Item>
        </Card>
        <Typography.Paragraph type="secondary">
          {txt.lockedYears}：
          {state.lockedYears.length
            ? state.lockedYears.map((l) => txt.lockedYear(l.year, l.ruleVersion)).join('、')
            : txt.noLocked}
        </Typography.Paragraph>
        <Button type="primary" htmlType="submit" loading={saving}>
          {txt.save}
        </Button>
      </Form>
    </div>
  )
}
