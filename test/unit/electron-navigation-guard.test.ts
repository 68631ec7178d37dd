import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { navigationHandlers } from '../../electron/main/navigationHandlers'

const page = pathToFileURL('/app/out/renderer/index.html').href

/** An Electron-like event that remembers whether the listener stopped it. */
function event() {
  return {
    prevented: false,
    preventDefault() {
      this.prevented = true
    },
  }
}

function guard() {
  const asked: string[] = []
  return { on: navigationHandlers(page, (url) => asked.push(url)), asked }
}

describe('navigation guard (the listeners the main window attaches)', () => {
  it('lets our own page navigate between its routes without asking', () => {
    const { on, asked } = guard()
    const e = event()
    on.willNavigate(e, `${page}#/persons`)
    expect(e.prevented).toBe(false)
    expect(asked).toEqual([])
  })

  it('stops a web link and asks before handing it to the system browser', () => {
    const { on, asked } = guard()
    const e = event()
    on.willNavigate(e, 'https://www.gov.cn/')
    expect(e.prevented).toBe(true)
    expect(asked).toEqual(['https://www.gov.cn/'])
  })

  it('stops file:, javascript: and disguised links without offering them to the user', () => {
    const { on, asked } = guard()
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'https://a:b@evil.example/']) {
      const e = event()
      on.willNavigate(e, url)
      expect(e.prevented, url).toBe(true)
    }
    expect(asked).toEqual([])
  })

  it('stops every redirect off the page and never asks about one', () => {
    const { on, asked } = guard()
    const away = event()
    on.willRedirect(away, 'https://evil.example/')
    expect(away.prevented).toBe(true)
    const home = event()
    on.willRedirect(home, `${page}#/`)
    expect(home.prevented).toBe(false)
    expect(asked).toEqual([])
  })

  it('refuses every webview', () => {
    const e = event()
    guard().on.willAttachWebview(e)
    expect(e.prevented).toBe(true)
  })

  it('never opens a window: a web address is offered to the system browser, others dropped', () => {
    const { on, asked } = guard()
    expect(on.windowOpen({ url: 'https://www.gov.cn/' })).toEqual({ action: 'deny' })
    expect(on.windowOpen({ url: page })).toEqual({ action: 'deny' })
    expect(on.windowOpen({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' })
    expect(asked).toEqual(['https://www.gov.cn/'])
  })
})
