import { dialog, shell, type BrowserWindow, type WebContents } from 'electron'
import { desktop } from '../../shared/i18n/desktop'
import { navigationHandlers } from './navigationHandlers'

/**
 * The page never navigates away and never opens windows. An ordinary web link goes to the
 * system browser, and only after the user agrees.
 */
export function guardNavigation(
  contents: WebContents,
  rendererUrl: string,
  parent: () => BrowserWindow | null,
): void {
  const on = navigationHandlers(rendererUrl, (url) => void confirmExternal(url, parent()))
  contents.on('will-navigate', on.willNavigate)
  contents.on('will-redirect', on.willRedirect)
  contents.on('will-attach-webview', on.willAttachWebview)
  contents.setWindowOpenHandler(on.windowOpen)
}

async function confirmExternal(url: string, parent: BrowserWindow | null): Promise<void> {
  const options = {
    type: 'question' as const,
    title: desktop.externalLinkTitle,
    message: desktop.externalLinkMessage,
    detail: url,
    buttons: [desktop.externalLinkOpen, desktop.externalLinkCancel],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  }
  const { response } = parent
    ? await dialog.showMessageBox(parent, options)
    : await dialog.showMessageBox(options)
  if (response === 0) await shell.openExternal(url).catch(() => undefined)
}
