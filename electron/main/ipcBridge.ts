import {
  ipcMain,
  type BrowserWindow,
  type IpcMainInvokeEvent,
  type WebContents,
  type WebFrameMain,
} from 'electron'
import type { ApiResult } from '../../shared/contract/result'
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/contract/transport'
import { errorMessages } from '../../shared/i18n/errors'
import { desktop } from '../../shared/i18n/desktop'
import type { Core } from '../core/core'
import { SessionSlot } from '../core/session'
import { isTrustedSender, type FrameRef } from './senderPolicy'

/**
 * Serves the contract to one window: one session slot for its lifetime, calls only from its
 * own top frame, server events pushed on one channel for the preload to sort. Returns the
 * teardown.
 */
export function serveWindow(
  win: BrowserWindow,
  core: Core,
  rendererUrl: string,
  /** Hidden print windows, served with this window's session while they render. */
  companions?: { has(contents: WebContents): boolean },
): () => void {
  const slot = new SessionSlot()
  const contents = win.webContents

  ipcMain.handle(
    IPC_INVOKE_CHANNEL,
    async (
      event: IpcMainInvokeEvent,
      method: unknown,
      input: unknown,
    ): Promise<ApiResult<unknown>> => {
      const sender = event.sender
      const ours = sender === contents || (companions?.has(sender) ?? false)
      const trusted =
        !contents.isDestroyed() &&
        !sender.isDestroyed() &&
        isTrustedSender({
          fromOurWindow: ours,
          frame: frameRef(event.senderFrame),
          mainFrame: frameRef(sender.mainFrame)!,
          rendererUrl,
        })
      if (!trusted) {
        core.log.warn(`refused IPC ${String(method)} from ${event.senderFrame?.url ?? '?'}`)
        return { ok: false, error: { code: 'FORBIDDEN', message: desktop.forbiddenSender } }
      }
      if (typeof method !== 'string') {
        return { ok: false, error: { code: 'BAD_INPUT', message: desktop.badMethod } }
      }
      try {
        return await core.dispatch(slot, method, input)
      } catch (e) {
        core.log.error(`IPC ${method} failed`, e)
        return { ok: false, error: { code: 'INTERNAL', message: errorMessages.INTERNAL } }
      }
    },
  )

  const unsubscribe = core.events.subscribe((event, payload) => {
    if (!contents.isDestroyed()) contents.send(IPC_EVENT_CHANNEL, { event, payload })
  })

  return () => {
    unsubscribe()
    ipcMain.removeHandler(IPC_INVOKE_CHANNEL)
  }
}

function frameRef(frame: WebFrameMain | null | undefined): FrameRef | null {
  if (!frame || frame.isDestroyed()) return null
  return { url: frame.url, processId: frame.processId, routingId: frame.routingId }
}
