import { isRendererUrl } from './rendererUrl'

export interface FrameRef {
  url: string
  processId: number
  routingId: number
}

export interface SenderCheck {
  /** Whether the message came through our window's webContents at all. */
  fromOurWindow: boolean
  /** The frame that sent it; null when it has already gone away. */
  frame: FrameRef | null
  mainFrame: FrameRef
  rendererUrl: string
}

/** IPC is served only to our window's top frame while it shows our page. */
export function isTrustedSender(check: SenderCheck): boolean {
  const { frame, mainFrame } = check
  if (!check.fromOurWindow || !frame) return false
  if (frame.processId !== mainFrame.processId || frame.routingId !== mainFrame.routingId) {
    return false
  }
  return isRendererUrl(frame.url, check.rendererUrl)
}
