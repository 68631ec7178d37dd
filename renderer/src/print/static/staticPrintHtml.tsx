import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { pageRuleCss, printFontCss } from '../fonts'

/**
 * A print document as one self-contained HTML page, for a headless browser to turn into a
 * PDF without the app: the same sheets inside the same print root and classes as the print
 * route, styled by the same print.css (passed in as text, since this module runs in the
 * browser too and cannot read files). The app resets the body margin in its own styles.
 */
export function staticPrintHtml(props: {
  title: string
  orientation: 'portrait' | 'landscape'
  printCss: string
  children: ReactNode
}): string {
  const css = [
    'html, body { margin: 0; padding: 0; }',
    props.printCss,
    printFontCss(),
    pageRuleCss(props.orientation),
  ].join('\n')
  const markup = renderToStaticMarkup(
    <html lang="zh-CN">
      <head>
        <meta charSet="utf-8" />
        <title>{props.title}</title>
        <style dangerouslySetInnerHTML={{ __html: css }} />
      </head>
      <body>
        <div className="xl-print-root">
          <div className="xl-print-stage">
            <div className="xl-print-pages">{props.children}</div>
          </div>
        </div>
      </body>
    </html>,
  )
  return `<!doctype html>\n${markup}`
}
