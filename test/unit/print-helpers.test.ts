import { describe, expect, it } from 'vitest'
import { pdfOptions, printerOptions } from '../../electron/services/print/chromiumOptions'
import { pdfFileName } from '../../electron/services/print/pdfFileName'
import { printerList } from '../../electron/services/print/printerList'
import { printWindowUrl } from '../../electron/services/print/printWindowUrl'
import { waitForReady } from '../../electron/services/print/waitForReady'

describe('the desktop print plumbing, without Electron', () => {
  it('suggests a PDF name from the title and date that Windows and UOS accept', () => {
    expect(pdfFileName('2025年度活动台账', '2025-03-12')).toBe('2025年度活动台账-2025-03-12.pdf')
    const odd = pdfFileName('县委/统战部:"座谈会"*签到表?<1>|\u0007. ', '2025-03-12')
    expect([...odd].some((c) => c < ' ' || '\\/:*?"<>|'.includes(c))).toBe(false)
    expect(odd).toBe('县委 统战部 座谈会 签到表 1-2025-03-12.pdf')
    expect(pdfFileName('  ...  ', '2025-03-12')).toBe('文档-2025-03-12.pdf')
    expect([...pdfFileName('长'.repeat(300), '2025-03-12')]).toHaveLength(
      80 + '-2025-03-12.pdf'.length,
    )
  })

  it('points a print window at our own page and a print route only', () => {
    const file = 'file:///opt/xinlian/resources/app/out/renderer/index.html'
    expect(printWindowUrl(file, '/print/roster?org=1&cols=name,sex')).toBe(
      `${file}#/print/roster?org=1&cols=name,sex`,
    )
    expect(printWindowUrl(`${file}#/persons`, '/print/ledger/2025')).toBe(
      `${file}#/print/ledger/2025`,
    )
    expect(() => printWindowUrl(file, '/settings/users')).toThrow()
    expect(() => printWindowUrl(file, '/print/person/1#x')).toThrow()
  })

  it('waits for the route to say ready, and gives up on error or after the timeout', async () => {
    let clock = 0
    const opts = {
      timeoutMs: 1000,
      intervalMs: 100,
      now: () => clock,
      sleep: async (ms: number) => void (clock += ms),
    }
    const states = [null, 'loading', 'loading', 'ready']
    expect(await waitForReady(async () => states.shift(), opts)).toBe('ready')
    expect(clock).toBe(300)
    clock = 0
    expect(await waitForReady(async () => 'error', opts)).toBe('error')
    expect(await waitForReady(async () => 'loading', opts)).toBe('timeout')
    expect(clock).toBeGreaterThanOrEqual(1000)
    clock = 0
    // A page still loading cannot run the check yet: that is not a failure.
    let n = 0
    const flaky = async () => {
      if (n++ < 2) throw new Error('Script failed to execute')
      return 'ready'
    }
    expect(await waitForReady(flaky, opts)).toBe('ready')
  })

  it('lists the default printer first, then by name', () => {
    expect(
      printerList([
        { name: 'b', displayName: '财务室 Canon' },
        { name: 'a', displayName: '', options: { 'is-default': 'true' } },
        { name: 'c', displayName: '办公室 HP', isDefault: false },
      ]),
    ).toEqual([
      { name: 'a', displayName: 'a', isDefault: true },
      { name: 'c', displayName: '办公室 HP', isDefault: false },
      { name: 'b', displayName: '财务室 Canon', isDefault: false },
    ])
  })

  it('asks Chromium for A4 in the page orientation with no margins or headers of its own', () => {
    expect(pdfOptions({ landscape: true, title: '花名册' })).toMatchObject({
      pageSize: 'A4',
      landscape: true,
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: false,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    })
    expect(printerOptions({ landscape: false, title: '签到表', deviceName: 'HP' })).toMatchObject({
      silent: false,
      landscape: false,
      deviceName: 'HP',
      margins: { marginType: 'none' },
    })
    expect(printerOptions({ landscape: false, title: '签到表' })).not.toHaveProperty('deviceName')
  })
})
