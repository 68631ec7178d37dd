import { useEffect, useRef, useState } from 'react'
import { Form, type FormInstance } from 'antd'
import type { DuplicateMatch } from '../../../../../shared/contract'
import { normalizeDate } from '../../../../../shared/dates/normalizeDate'
import { checkIdNumber } from '../../../../../shared/idcard/checkIdNumber'
import { call } from '../../../api/client'
import type { PersonFormValues } from './formModel'

/** Wait this long after the last keystroke before asking the core. */
const PAUSE_MS = 300

/**
 * Persons already registered (recycle bin included) with the same ID number, or the same
 * name and birth date, as the form says now. Asks only once the ID number is valid or both
 * name and birth date are there; `keep` is the masked number of the record being edited.
 */
export function useDuplicateCheck(
  form: FormInstance<PersonFormValues>,
  excludeId: string | undefined,
  keep: string | undefined,
): DuplicateMatch[] {
  const idNumber = Form.useWatch('idNumber', form)
  const name = Form.useWatch('name', form)
  const birthDate = Form.useWatch('birthDate', form)
  const [matches, setMatches] = useState<DuplicateMatch[]>([])
  const latest = useRef(0)

  const id = idNumber && idNumber !== keep && checkIdNumber(idNumber).ok ? idNumber : null
  const who = name?.trim() || null
  const born = birthDate ? normalizeDate(birthDate).value : null
  const ask = id !== null || (who !== null && born !== null)

  useEffect(() => {
    const request = ++latest.current
    if (!ask) {
      // Nothing to compare against: an old warning no longer applies.
      const timer = window.setTimeout(() => setMatches([]), 0)
      return () => window.clearTimeout(timer)
    }
    const timer = window.setTimeout(() => {
      call('persons.checkDuplicate', {
        idNumber: id,
        name: who,
        birthDate: born,
        ...(excludeId ? { excludeId } : {}),
      })
        .then((found) => {
          if (request === latest.current) setMatches(found)
        })
        .catch(() => undefined)
    }, PAUSE_MS)
    return () => window.clearTimeout(timer)
  }, [ask, id, who, born, excludeId])

  return matches
}
