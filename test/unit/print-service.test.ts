import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../electron/core/core'
import { SessionSlot } from '../../electron/core/session'
import type { PrintService } from '../../electron/services/print/printService'
import type { Input, Method } from '../../shared/contract'
import { ADMIN, TEST_SCRYPT, UNIT, makeTestCore } from '../helpers/testCore'

const cleanups: (() => void)[] = []
afterEach(() => {
  while (cleanups.length) cleanups.pop()!()
})

/** A signed-in core whose shell hands in `print` (the desktop app does; others do not). */
async function coreWith(print?: PrintService) {
  const dir = mkdtempSync(join(tmpdir(), 'xinlian-print-'))
  const core: Core = await createCore(
    { dataDir: dir, appVersion: '0.0.0-test', shell: 'test', scrypt: TEST_SCRYPT },
    { mounts: [] },
    print ? { print } : {},
  )
  cleanups.push(() => {
    core.close()
    rmSync(dir, { recursive: true, force: true })
  })
  const slot = new SessionSlot()
  const call = <M extends Method>(method: M, input: Input<M>) => core.call(slot, method, input)
  expect((await call('setup.init', { unit: UNIT, admin: ADMIN })).ok).toBe(true)
  return { core, slot, call }
}

const job = { route: '/print/sign-in/abc?blank=10', landscape: false, title: '座谈会签到表' }

describe('print procedures', () => {
  it('answer UNSUPPORTED in Chinese where the shell cannot print (web shell, CLI)', async () => {
    const t = await makeTestCore()
    cleanups.push(() => t.cleanup())
    for (const [method, input] of [
      ['print.printers', {}],
      ['print.print', job],
      ['print.pdf', job],
    ] as const) {
      const r = await t.core.call(t.slot, method, input as never)
      expect(r.ok).toBe(false)
      if (!r.ok) {
        expect(r.error.code).toBe('UNSUPPORTED')
        expect(r.error.message).toMatch(/浏览器的打印/)
      }
    }
  })

  it('hand the route, orientation, title and printer to the shell and answer what happened', async () => {
    const seen: unknown[] = []
    const { call } = await coreWith({
      listPrinters: async () => [{ name: 'HP-1', displayName: '办公室 HP', isDefault: true }],
      print: async (route, options) => {
        seen.push(['print', route, options])
        return options.deviceName !== 'cancel-me'
      },
      saveAsPdf: async (route, options) => {
        seen.push(['pdf', route, options])
        return options.landscape ? '/home/staff/花名册.pdf' : null
      },
    })
    expect(await call('print.printers', {})).toEqual({
      ok: true,
      value: [{ name: 'HP-1', displayName: '办公室 HP', isDefault: true }],
    })
    expect(await call('print.print', { ...job, deviceName: 'HP-1' })).toEqual({
      ok: true,
      value: { printed: true },
    })
    expect(await call('print.print', { ...job, deviceName: 'cancel-me' })).toEqual({
      ok: true,
      value: { printed: false },
    })
    const roster = { route: '/print/roster?activity=abc', landscape: true, title: '花名册' }
    expect(await call('print.pdf', roster)).toEqual({
      ok: true,
      value: { path: '/home/staff/花名册.pdf' },
    })
    expect(await call('print.pdf', job)).toEqual({ ok: true, value: { path: null } })
    expect(seen[0]).toEqual([
      'print',
      job.route,
      { landscape: false, title: job.title, deviceName: 'HP-1' },
    ])
    expect(seen[2]).toEqual(['pdf', roster.route, { landscape: true, title: '花名册' }])
  })

  it('refuse anything but a print route', async () => {
    let printed = 0
    const { call } = await coreWith({
      listPrinters: async () => [],
      print: async () => (printed++, true),
      saveAsPdf: async () => null,
    })
    for (const route of [
      '/settings/users',
      'https://example.com/#/print/sign-in/1',
      '/print/sign-in/1 onload=x',
      '/print/other/1',
      '//print/roster',
    ]) {
      const r = await call('print.print', { ...job, route })
      expect(r.ok ? 'ok' : r.error.code, route).toBe('BAD_INPUT')
    }
    expect(printed).toBe(0)
  })

  it("give the user a Chinese message when Chromium fails, keeping Chromium's own for the log", async () => {
    const { call } = await coreWith({
      listPrinters: async () => [],
      print: async () => {
        throw new Error('Print job failed: printer offline')
      },
      saveAsPdf: async () => {
        throw new Error('EACCES: permission denied')
      },
    })
    const printed = await call('print.print', job)
    const saved = await call('print.pdf', job)
    expect(printed.ok).toBe(false)
    expect(saved.ok).toBe(false)
    if (!printed.ok) {
      expect(printed.error.code).toBe('IO_ERROR')
      expect(printed.error.message).toMatch(/^打印未完成/)
      expect(printed.error.message).not.toMatch(/printer offline/)
    }
    if (!saved.ok) expect(saved.error.message).toMatch(/^PDF 未保存/)
  })

  it('run beside the call queue: the print window calls the core while the job waits', async () => {
    let release: (() => void) | null = null
    let callsDuringPrint: boolean[] = []
    const holder: { call?: Awaited<ReturnType<typeof coreWith>>['call'] } = {}
    const { call } = await coreWith({
      listPrinters: async () => [],
      // Like the hidden window: it loads the route, which asks the core for the document,
      // before the print dialog closes.
      print: async () => {
        const r = await holder.call!('documents.ledger', { year: 2025 })
        callsDuringPrint.push(r.ok)
        await new Promise<void>((resolve) => (release = resolve))
        return true
      },
      saveAsPdf: async () => null,
    })
    holder.call = call
    const printing = call('print.print', { ...job, route: '/print/ledger/2025' })
    await expect.poll(() => callsDuringPrint.length).toBe(1)
    // The dialog is still open: other calls are answered meanwhile.
    expect((await call('system.status', {})).ok).toBe(true)
    release!()
    expect(await printing).toEqual({ ok: true, value: { printed: true } })
    expect(callsDuringPrint).toEqual([true])
    callsDuringPrint = []
  })

  it('need a signed-in user', async () => {
    const { core } = await coreWith({
      listPrinters: async () => [],
      print: async () => true,
      saveAsPdf: async () => null,
    })
    const r = await core.call(new SessionSlot(), 'print.print', job)
    expect(r.ok ? 'ok' : r.error.code).toBe('NOT_SIGNED_IN')
  })
})
