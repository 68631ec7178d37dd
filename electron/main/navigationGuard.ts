import { dialog, shell, type BrowserWindow, type WebContents } from 'electron'
import { desktop } from '../../shared/i18n/desktop'
import { externalLinkDecision, navigationDecision } from './linkPolicy'

/**
 * The page never navigates away and never opens windows. An ordinary web link goes to the
 * system browser, and only after the user agrees.
 */
export function guardNavigation(
  contents: WebContents,
  rendererUrl: string,
  parent: () => BrowserWindow | null,
): void {
  contents.on('will-navigate', (event, url) => {
    const decision = navigationDecision(url, rendererUrl)
    if (decision === 'allow') return
    event.preventDefault()
    if (decision === 'ask-external') void confirmExternal(url, parent())
  })
  contents.on('will-redirect', (event, url) => {
    if (navigationDecision(url, rendererUrl) !== 'allow') event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (externalLinkDecision(url) === 'ask-external') void confirmExternal(url, parent())
    return { action: 'deny' }
  })
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
