import { useEffect, useState } from 'react'
import { errorText } from '../forms/serverIssues'

export type ModelState<T> =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; model: T }

/**
 * Loads a document model whenever its request changes (`key`: the request as a string). A
 * stale answer for an older request is dropped, so fast option changes never show the wrong
 * document.
 */
export function usePrintModel<T>(key: string, load: () => Promise<T>): ModelState<T> {
  const [state, setState] = useState<{ key: string; value: ModelState<T> }>({
    key: '',
    value: { status: 'loading' },
  })
  useEffect(() => {
    let current = true
    load().then(
      (model) => current && setState({ key, value: { status: 'ready', model } }),
      (e: unknown) =>
        current && setState({ key, value: { status: 'error', message: errorText(e) } }),
    )
    return () => {
      current = false
    }
    // `key` stands for everything `load` reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  return state.key === key ? state.value : { status: 'loading' }
}
