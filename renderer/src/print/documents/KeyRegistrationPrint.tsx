import dayjs from 'dayjs'
import type { SystemStatus } from '../../../../shared/contract'
import { buildKeyRegistration } from '../../../../shared/documents/keyRegistration'
import { t } from '../../../../shared/i18n'
import { ApiCallError, call } from '../../api/client'
import { PrintFrame } from '../PrintFrame'
import { KEY_REGISTRATION_PATH } from '../printLinks'
import { KeyRegistrationSheet } from '../sheets/KeyRegistrationSheet'
import { usePrintModel } from '../usePrintModel'

/**
 * `#/print/key-registration`: this unit's 密钥登记表, dated the day it is printed. Made from
 * the overview every role may read; public keys only, nothing to mask.
 */
export function KeyRegistrationPrint(props: { shell: SystemStatus['shell'] }) {
  const today = dayjs().format('YYYY-MM-DD')
  const state = usePrintModel(`${KEY_REGISTRATION_PATH}@${today}`, async () => {
    const { self } = await call('units.overview', {})
    if (!self.fingerprint) {
      throw new ApiCallError({ code: 'NOT_FOUND', message: t.unitsUi.print.noKey })
    }
    return buildKeyRegistration(self, today)
  })
  const form = state.status === 'ready' ? state.model : null

  return (
    <PrintFrame
      state={state}
      shell={props.shell}
      orientation="portrait"
      backPath="/settings/units"
      job={
        form && {
          kind: 'keyRegistration',
          route: KEY_REGISTRATION_PATH,
          landscape: false,
          title: form.title,
          pages: 1,
          // Public keys and the unit's own name: no personal data on it.
          masked: true,
        }
      }
    >
      {form && <KeyRegistrationSheet form={form} />}
    </PrintFrame>
  )
}
