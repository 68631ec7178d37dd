import { describe, expect, it } from 'vitest'
import { cspMetaPlugin, injectCspMeta, metaPolicy } from '../../scripts/vite/cspMeta'
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp'

const html = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <title>新联台账</title>
  </head>
  <body><script type="module" src="./src/main.tsx"></script></body>
</html>`

function metaContent(out: string): string {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]*)" \/>/.exec(out)
  if (!m) throw new Error('no CSP meta tag')
  return m[1]!
}

describe('CSP meta tag', () => {
  it('states the shared policy minus what a meta tag cannot carry', () => {
    const content = metaContent(injectCspMeta(html, CONTENT_SECURITY_POLICY))
    expect(content).not.toContain('frame-ancestors')
    const expected = CONTENT_SECURITY_POLICY.split('; ').filter(
      (d) => !d.startsWith('frame-ancestors'),
    )
    expect(content.split('; ')).toEqual(expected)
    expect(content).toContain("script-src 'self'")
  })

  it('comes right after <meta charset> and before any script', () => {
    const out = injectCspMeta(html, CONTENT_SECURITY_POLICY)
    const charset = out.indexOf('<meta charset')
    const csp = out.indexOf('Content-Security-Policy')
    expect(charset).toBeGreaterThan(-1)
    expect(csp).toBeGreaterThan(charset)
    expect(csp).toBeLessThan(out.indexOf('<title>'))
    expect(csp).toBeLessThan(out.indexOf('<script'))
  })

  it('goes first in <head> when there is no charset tag', () => {
    const out = injectCspMeta('<html><head><title>x</title></head></html>', "default-src 'self'")
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<title>'))
  })

  it('refuses a page that already carries its own policy', () => {
    const doubled = injectCspMeta(html, CONTENT_SECURITY_POLICY)
    expect(() => injectCspMeta(doubled, CONTENT_SECURITY_POLICY)).toThrow()
  })

  it('drops every header-only directive', () => {
    expect(metaPolicy("default-src 'self'; sandbox; report-uri /r; frame-ancestors 'none'")).toBe(
      "default-src 'self'",
    )
  })

  it('runs as a build-time transform of index.html', () => {
    const plugin = cspMetaPlugin("default-src 'self'")
    expect(plugin.apply).toBe('build')
    const hook = plugin.transformIndexHtml as { handler: (h: string) => string }
    expect(metaContent(hook.handler(html))).toBe("default-src 'self'")
  })
})
