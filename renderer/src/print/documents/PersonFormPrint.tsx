import type { SessionInfo, SystemStatus } from '../../../../shared/contract'
import { call } from '../../api/client'
import { useHashPath } from '../../router/hashRoute'
import { PrintFrame } from '../PrintFrame'
import { personPrintPath } from '../printLinks'
import { hashQuery } from '../printQuery'
import { replaceRoute } from '../replaceRoute'
import { PersonFormSheet } from '../sheets/PersonFormSheet'
import { usePrintModel } from '../usePrintModel'
import { UnmaskToggle } from './UnmaskToggle'

/** `#/print/person/<personId>?full=1`: the 登记表 of one person, every section. */
export function PersonFormPrint(props: {
  personId: string
  session: SessionInfo
  shell: SystemStatus['shell']
}) {
  const path = useHashPath()
  const unmasked = hashQuery(path).get('full') === '1'
  const route = personPrintPath(props.personId, { unmasked })
  const state = usePrintModel(route, () =>
    call(unmasked ? 'documents.personFormUnmasked' : 'documents.personForm', {
      personId: props.personId,
    }),
  )
  const form = state.status === 'ready' ? state.model : null

  return (
    <PrintFrame
      state={state}
      shell={props.shell}
      orientation="portrait"
      backPath={`/persons/${encodeURIComponent(props.personId)}`}
      job={
        form && {
          kind: 'personForm',
          route,
          landscape: false,
          title: form.title,
          pages: form.pages.length,
          masked: form.masked,
          objectId: props.personId,
        }
      }
      options={
        <UnmaskToggle
          session={props.session}
          unmasked={unmasked}
          onChange={(u) => replaceRoute(personPrintPath(props.personId, { unmasked: u }))}
        />
      }
    >
      {form?.pages.map((page) => (
        <PersonFormSheet key={page.number} form={form} page={page} />
      ))}
    </PrintFrame>
  )
}
