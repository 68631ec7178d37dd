import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { externalLinkDecision, navigationDecision } from '../../electron/main/linkPolicy'

const page = pathToFileURL('/app/out/renderer/index.html').href

describe('leaving the page', () => {
  it('stays on our own page (reload, another route)', () => {
    expect(navigationDecision(`${page}#/settings`, page)).toBe('allow')
  })

  it('asks before sending an ordinary web address to the system browser', () => {
    expect(navigationDecision('https://www.gov.cn/', page)).toBe('ask-external')
    expect(externalLinkDecision('http://example.com/a?b=1')).toBe('ask-external')
  })

  it('refuses other schemes, other local files, disguised and unparsable addresses', () => {
    for (const url of [
      'file:///etc/passwd',
      pathToFileURL('/app/out/renderer/other.html').href,
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'smb://server/share',
      'ms-settings:privacy',
      'https://user:pass@evil.example/',
      'not a url',
    ]) {
      expect(navigationDecision(url, page), url).toBe('deny')
    }
  })

  it('never opens our own page in a new window', () => {
    expect(externalLinkDecision(page)).toBe('deny')
  })
})
