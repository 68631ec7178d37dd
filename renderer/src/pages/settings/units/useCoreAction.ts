import { useState } from 'react'
import { App } from 'antd'
import { errorText } from '../../../forms/serverIssues'

/**
 * One write to the core behind a button: busy while it runs, the core's Chinese message when
 * it refuses, then `done` with what it answered.
 */
export function useCoreAction() {
  const { message } = App.useApp()
  const [busy, setBusy] = useState(false)
  async function run<T>(write: () => Promise<T>, done: (value: T) => void): Promise<void> {
    setBusy(true)
    try {
      done(await write())
    } catch (e) {
      message.error(errorText(e))
    } finally {
      setBusy(false)
    }
  }
  return { busy, run, message }
}
