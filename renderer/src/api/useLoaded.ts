import { App } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { errorText } from '../forms/serverIssues'

/**
 * Loads data from the core when the fetcher changes, with a loading flag; a failure shows
 * its Chinese message and keeps what was shown before. `reload` runs it again.
 */
export function useLoaded<T>(fetcher: () => Promise<T>, initial: T) {
  const { message } = App.useApp()
  const [data, setData] = useState<T>(initial)
  const [loading, setLoading] = useState(true)

  const reload = useCallback(async () => {
    setLoading(true)
    try {
      setData(await fetcher())
    } catch (e) {
      message.error(errorText(e))
    } finally {
      setLoading(false)
    }
  }, [fetcher, message])

  useEffect(() => {
    // Loading when the fetcher changes is the point of this effect; setState follows an await.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void reload()
  }, [reload])

  return { data, loading, reload }
}
