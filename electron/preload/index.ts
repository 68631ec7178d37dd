import { contextBridge, ipcRenderer } from 'electron'
import type { XinlianBridge } from '../../shared/contract/bridge'
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/contract/transport'

/**
 * The whole surface the page gets: call a procedure, listen to a server event. No channel
 * names, no ipcRenderer, no Node reach the page.
 */

type Callback = (payload: unknown) => void
const listeners = new Map<string, Set<Callback>>()

// One IPC listener for all events; the page's subscriptions are sorted here by name.
ipcRenderer.on(IPC_EVENT_CHANNEL, (_event, message: { event?: unknown; payload?: unknown }) => {
  if (typeof message?.event !== 'string') return
  for (const callback of listeners.get(message.event) ?? []) {
    try {
      callback(message.payload)
    } catch (e) {
      console.error(e)
    }
  }
})

const api: XinlianBridge = {
  invoke(method, input) {
    return ipcRenderer.invoke(IPC_INVOKE_CHANNEL, String(method), input)
  },
  on(event, callback) {
    if (typeof callback !== 'function') return () => undefined
    const name = String(event)
    let set = listeners.get(name)
    if (!set) listeners.set(name, (set = new Set()))
    set.add(callback)
    return () => {
      set.delete(callback)
      if (set.size === 0 && listeners.get(name) === set) listeners.delete(name)
    }
  },
}

contextBridge.exposeInMainWorld('api', api)
