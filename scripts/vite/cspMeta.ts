import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp'

/** Directives a <meta> policy ignores (browsers warn about them); only headers carry them. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox'])

/** The policy as a <meta> tag may state it. */
export function metaPolicy(policy: string): string {
  return policy
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d && !HEADER_ONLY.has(d.split(/\s+/)[0]!.toLowerCase()))
    .join('; ')
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}

/**
 * Puts the policy first in <head>, before anything it governs, so the page written once in
 * shared/security/csp.ts is also the page's meta policy (file:// pages have no headers).
 */
export function injectCspMeta(html: string, policy: string): string {
  if (/http-equiv\s*=\s*["']?content-security-policy/i.test(html)) {
    throw new Error('renderer/index.html 已含 CSP meta 标签：策略只应写在 shared/security/csp.ts')
  }
  const tag = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(metaPolicy(policy))}" />`
  const head = /<head[^>]*>/i.exec(html)
  if (!head) throw new Error('renderer/index.html 缺少 <head>，无法写入 CSP')
  // After <meta charset>, which must stay within the first bytes of the document.
  const charset = /<meta\s+charset[^>]*>/i.exec(html)
  const at =
    charset && charset.index > head.index
      ? charset.index + charset[0].length
      : head.index + head[0].length
  return `${html.slice(0, at)}\n    ${tag}${html.slice(at)}`
}

/** Vite plugin: the built renderer page carries the app's CSP as a meta tag. */
export function cspMetaPlugin(policy: string = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: 'xinlian:csp-meta',
    // The dev server needs inline scripts for hot reload; the built page gets the full policy.
    apply: 'build',
    transformIndexHtml: { order: 'pre', handler: (html) => injectCspMeta(html, policy) },
  }
}
