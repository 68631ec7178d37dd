import dayjs from 'dayjs'
import type { SystemStatus } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { recoveryKeyGroups } from '../../../../shared/security/recoveryKeyText'
import { useRecoveryKey } from '../../recovery/recoveryKeyStore'
import { useHashPath } from '../../router/hashRoute'
import { PrintFrame } from '../PrintFrame'
import { RECOVERY_KEY_PATH, recoveryKeyPrintPath } from '../printLinks'
import { hashQuery } from '../printQuery'
import { RecoveryKeySheet } from '../sheets/RecoveryKeySheet'
import { usePrintModel } from '../usePrintModel'

/**
 * `#/print/recovery-key`: the page to lock away. The key shown on screen is in memory only;
 * the desktop print window (another page) gets it in its query, which no history keeps.
 */
export function RecoveryKeyPrint(props: { shell: SystemStatus['shell']; unitName: string }) {
  const held = useRecoveryKey((s) => s.recoveryKey)
  const path = useHashPath()
  const recoveryKey = held ?? hashQuery(path).get('key') ?? ''
  const today = dayjs().format('YYYY-MM-DD')
  const state = usePrintModel(`${RECOVERY_KEY_PATH}@${today}@${recoveryKey}`, () =>
    Promise.resolve({
      unitName: props.unitName,
      date: today,
      groups: recoveryKeyGroups(recoveryKey),
    }),
  )
  const page = state.status === 'ready' && recoveryKey ? state.model : null
  return (
    <PrintFrame
      state={state}
      shell={props.shell}
      orientation="portrait"
      backPath="/settings/general"
      job={
        page && {
          kind: 'recoveryKey',
          route: recoveryKeyPrintPath(recoveryKey),
          landscape: false,
          title: t.recoveryUi.sheet.title,
          pages: 1,
          // The unit's name and its key: nothing about a person.
          masked: true,
        }
      }
    >
      {page && <RecoveryKeySheet page={page} />}
    </PrintFrame>
  )
}
