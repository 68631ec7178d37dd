import { useCallback, useEffect, useRef } from 'react'
import { App } from 'antd'
import { t } from '../../../../../shared/i18n'
import { currentPath } from '../../../router/hashRoute'
import { guardNavigation, releaseNavigationGuard } from '../../../router/navigationGuard'

const ui = t.personsUi.form

/**
 * While `dirty`, leaving the page (menu, back button, a link; closing the tab in a browser)
 * asks first.
 * Answers `release`, to call before leaving on purpose (after saving).
 */
export function useUnsavedGuard(dirty: boolean): () => void {
  const { modal } = App.useApp()
  const released = useRef(false)
  const path = useRef(currentPath())

  useEffect(() => {
    if (!dirty) {
      released.current = false
      return
    }
    if (released.current) return
    const remove = guardNavigation({
      path: path.current,
      confirm: () =>
        new Promise<boolean>((resolve) => {
          modal.confirm({
            title: ui.leaveTitle,
            content: ui.leaveContent,
            okText: ui.leave,
            cancelText: ui.stay,
            okButtonProps: { danger: true },
            onOk: () => resolve(true),
            onCancel: () => resolve(false),
          })
        }),
    })
    // A browser asks by itself before closing the tab. Electron would instead cancel the
    // window's close without a word (unless the main process handles will-prevent-unload),
    // so the desktop app does not get this handler.
    const onUnload = (e: BeforeUnloadEvent) => e.preventDefault()
    const browser = !window.api
    if (browser) window.addEventListener('beforeunload', onUnload)
    return () => {
      remove()
      if (browser) window.removeEventListener('beforeunload', onUnload)
    }
  }, [dirty, modal])

  return useCallback(() => {
    released.current = true
    releaseNavigationGuard()
  }, [])
}
