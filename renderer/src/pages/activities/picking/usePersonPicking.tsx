import { useCallback, useState } from 'react'
import type { TabsProps } from 'antd'
import { useDictionaries } from '../../persons/common/dictionaryStore'
import { NO_CHOICE, PersonFilterPicker, type FilterChoice } from './PersonFilterPicker'
import { PersonSearchPicker, type PickedPersons } from './PersonSearchPicker'

/**
 * What the add-participants and add-members dialogs share: persons ticked from searches, or
 * everyone a filter matches (with its count), as two tabs; `reset` empties both for a fresh
 * dialog, so nobody is added twice by a leftover selection.
 */
export function usePersonPicking(labels: { bySearch: string; byFilter: string }) {
  const dict = useDictionaries()
  const [picked, setPicked] = useState<PickedPersons>(new Map())
  const [choice, setChoice] = useState<FilterChoice>(NO_CHOICE)
  const [count, setCount] = useState<number | null>(null)
  const onCount = useCallback((n: number | null) => setCount(n), [])

  const reset = useCallback(() => {
    setPicked(new Map())
    setChoice(NO_CHOICE)
  }, [])

  const tabs: NonNullable<TabsProps['items']> = [
    {
      key: 'search',
      label: labels.bySearch,
      children: <PersonSearchPicker picked={picked} onChange={setPicked} dict={dict} />,
    },
    {
      key: 'filter',
      label: labels.byFilter,
      children: (
        <PersonFilterPicker value={choice} onChange={setChoice} onCount={onCount} dict={dict} />
      ),
    },
  ]
  return { picked, choice, count, reset, tabs, dict }
}
