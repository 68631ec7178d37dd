import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { isRendererUrl, rendererEntry } from '../../electron/main/rendererUrl'
import { isTrustedSender, type FrameRef } from '../../electron/main/senderPolicy'

const page = pathToFileURL('/opt/新联台账/resources/app.asar/out/renderer/index.html').href
const main: FrameRef = { url: `${page}#/persons`, processId: 4, routingId: 1 }

describe('IPC sender check', () => {
  it('accepts our window top frame on our page, whatever the route', () => {
    expect(
      isTrustedSender({
        fromOurWindow: true,
        frame: { ...main },
        mainFrame: main,
        rendererUrl: page,
      }),
    ).toBe(true)
  })

  it('rejects other frames, other windows, gone frames and foreign pages', () => {
    const check = { fromOurWindow: true, frame: main, mainFrame: main, rendererUrl: page }
    expect(isTrustedSender({ ...check, fromOurWindow: false })).toBe(false)
    expect(isTrustedSender({ ...check, frame: null })).toBe(false)
    expect(isTrustedSender({ ...check, frame: { ...main, routingId: 2 } })).toBe(false)
    expect(isTrustedSender({ ...check, frame: { ...main, processId: 5 } })).toBe(false)
    const foreign = { ...main, url: 'https://evil.example/index.html' }
    expect(isTrustedSender({ ...check, frame: foreign, mainFrame: foreign })).toBe(false)
    const otherFile = { ...main, url: pathToFileURL('/tmp/index.html').href }
    expect(isTrustedSender({ ...check, frame: otherFile, mainFrame: otherFile })).toBe(false)
  })
})

describe('renderer address', () => {
  it('matches the same file with any query or fragment, nothing else', () => {
    expect(isRendererUrl(`${page}?x=1#/a`, page)).toBe(true)
    expect(isRendererUrl(page.replace('index.html', 'other.html'), page)).toBe(false)
    expect(isRendererUrl('not a url', page)).toBe(false)
    expect(isRendererUrl('http://localhost:5173/', page)).toBe(false)
  })

  it('matches the dev server by origin only', () => {
    expect(isRendererUrl('http://localhost:5173/#/x', 'http://localhost:5173/')).toBe(true)
    expect(isRendererUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false)
  })

  it('follows ELECTRON_RENDERER_URL only for a local dev server in an unpackaged app', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173/' }
    expect(rendererEntry({ mainDir: '/app/out/main', env, isPackaged: false })).toEqual({
      kind: 'dev',
      url: 'http://localhost:5173/',
    })
    expect(rendererEntry({ mainDir: '/app/out/main', env, isPackaged: true }).kind).toBe('file')
    const remote = { ELECTRON_RENDERER_URL: 'http://example.com/' }
    expect(rendererEntry({ mainDir: '/app/out/main', env: remote, isPackaged: false }).kind).toBe(
      'file',
    )
  })

  it('loads the built page beside the main bundle', () => {
    const entry = rendererEntry({ mainDir: '/app/out/main', env: {}, isPackaged: true })
    expect(entry).toEqual({
      kind: 'file',
      path: '/app/out/renderer/index.html',
      url: pathToFileURL('/app/out/renderer/index.html').href,
    })
  })
})
