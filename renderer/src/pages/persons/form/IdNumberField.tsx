import { useState } from 'react'
import { Form, Input, Typography } from 'antd'
import { codeName } from '../../../../../shared/codes/lookup'
import { SEX } from '../../../../../shared/codes/sex'
import { t } from '../../../../../shared/i18n'
import { checkIdNumber } from '../../../../../shared/idcard/checkIdNumber'
import { crossCheckIdWithForm } from '../../../../../shared/idcard/crossCheck'
import { normalizeIdNumber } from '../../../../../shared/idcard/normalizeIdNumber'
import { idNumberRule } from './fieldRules'
import type { PersonFormValues } from './formModel'

const label = t.persons.fieldLabels
const ui = t.personsUi.form

/**
 * The ID number box: tidied as it is typed (full-width digits, spaces, lower-case x), checked
 * when it is left, and — once valid — it fills in a blank birth date and sex and says so, or
 * points out where the form disagrees with it.
 */
export function IdNumberField({ keep }: { keep: string | undefined }) {
  const form = Form.useFormInstance<PersonFormValues>()
  const idNumber = Form.useWatch('idNumber', form)
  const birthDate = Form.useWatch('birthDate', form)
  const sex = Form.useWatch('sex', form)
  // What was filled in from which number: the note goes when the number changes.
  const [filled, setFilled] = useState<{ id: string; text: string } | null>(null)

  const unchanged = !!keep && idNumber === keep
  const check = idNumber && !unchanged ? checkIdNumber(idNumber) : null
  const hints: { text: string; warn: boolean }[] = []
  if (unchanged) hints.push({ text: ui.maskedKeep, warn: false })
  if (check?.ok) {
    hints.push({
      text: ui.idDerived(check.birthDate!, codeName(SEX, check.sex) ?? ''),
      warn: false,
    })
    if (filled && filled.id === idNumber) hints.push({ text: filled.text, warn: false })
    if (check.warning) hints.push({ text: check.warning, warn: true })
    for (const h of crossCheckIdWithForm(check, { birthDate, sex }))
      hints.push({ text: h, warn: true })
  }

  function derive() {
    const value = form.getFieldValue('idNumber') as string | undefined
    if (!value || value === keep) return
    const c = checkIdNumber(value)
    if (!c.ok) return
    const done: string[] = []
    if (!form.getFieldValue('birthDate') && c.birthDate) {
      form.setFieldValue('birthDate', c.birthDate)
      done.push(label.birthDate)
    }
    if (!form.getFieldValue('sex') && c.sex) {
      form.setFieldValue('sex', c.sex)
      done.push(label.sex)
    }
    if (done.length) setFilled({ id: value, text: ui.idFilled(done) })
  }

  return (
    <Form.Item
      name="idNumber"
      label={label.idNumber}
      validateTrigger="onBlur"
      normalize={(v: string | undefined) => (v === undefined ? v : normalizeIdNumber(v))}
      rules={[idNumberRule(keep)]}
      extra={
        hints.length ? (
          <div data-testid="id-hints">
            {hints.map((h) => (
              <div key={h.text}>
                <Typography.Text type={h.warn ? 'warning' : 'secondary'} style={{ fontSize: 12 }}>
                  {h.text}
                </Typography.Text>
              </div>
            ))}
          </div>
        ) : undefined
      }
    >
      <Input
        className="pl-mono"
        placeholder={ui.idPlaceholder}
        maxLength={24}
        autoComplete="off"
        onFocus={(e) => {
          // A masked number is replaced, not edited: select it so typing overwrites it.
          if (keep && e.target.value === keep) e.target.select()
        }}
        onBlur={derive}
      />
    </Form.Item>
  )
}
