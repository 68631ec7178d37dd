import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { XinlianBridge } from '../../shared/contract/bridge'
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/contract/transport'

// The preload runs inside Electron; here its two Electron touch points are recorded instead.
const fake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as unknown[][],
  ipcListeners: new Map<string, (event: unknown, message: unknown) => void>(),
}))

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => fake.exposed.set(key, value),
  },
  ipcRenderer: {
    invoke: (...args: unknown[]) => {
      fake.invoked.push(args)
      return Promise.resolve({ ok: true, value: null })
    },
    on: (channel: string, listener: (event: unknown, message: unknown) => void) =>
      fake.ipcListeners.set(channel, listener),
  },
}))

let api: XinlianBridge
beforeEach(async () => {
  await import('../../electron/preload/index')
  api = fake.exposed.get('api') as XinlianBridge
  fake.invoked.length = 0
})

function push(event: unknown, payload: unknown) {
  fake.ipcListeners.get(IPC_EVENT_CHANNEL)!({ sender: 'ipc internals' }, { event, payload })
}

describe('preload bridge', () => {
  it('exposes window.api with exactly invoke and on, and nothing else', () => {
    expect([...fake.exposed.keys()]).toEqual(['api'])
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on'])
  })

  it('sends every call on the one invoke channel', async () => {
    await api.invoke('system.status', {})
    expect(fake.invoked).toEqual([[IPC_INVOKE_CHANNEL, 'system.status', {}]])
  })

  it('delivers only the payload of the events a callback subscribed to', () => {
    const seen: unknown[] = []
    const off = api.on('session.changed', (p) => seen.push(p))
    push('session.changed', { reason: 'locked' })
    push('progress', { task: 'x', done: 1, total: 2 })
    push(42, 'malformed')
    expect(seen).toEqual([{ reason: 'locked' }])
    off()
    push('session.changed', { reason: 'unlocked' })
    expect(seen).toHaveLength(1)
  })

  it('keeps other listeners running when one throws', () => {
    const seen: unknown[] = []
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const offBad = api.on('progress', () => {
      throw new Error('boom')
    })
    const offGood = api.on('progress', (p) => seen.push(p))
    push('progress', { task: 't', done: 1, total: 1 })
    expect(seen).toHaveLength(1)
    offBad()
    offGood()
    quiet.mockRestore()
  })
})
