import { beforeAll, describe, expect, it } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ExportResult } from '../../shared/contract/exports'
import { t } from '../../shared/i18n'
import { App } from '../../renderer/src/app/App'
import { layOutPersonGrid, listRow, personsCore } from './personsFixtures'

const txt = t.importsUi.export

beforeAll(layOutPersonGrid)

describe('导出 Excel as long work', () => {
  it('shows the core’s progress while the export runs, and 取消导出 cancels its job', async () => {
    let finish: (v: ExportResult) => void = () => undefined
    const core = personsCore([listRow()], {
      more: {
        'exports.persons': () => new Promise((resolve) => (finish = resolve)),
        'work.cancel': () => true,
      },
    })
    const user = userEvent.setup()
    render(<App />)
    await user.click(await screen.findByRole('button', { name: new RegExp(txt.button) }))
    const dialog = await screen.findByRole('dialog')
    await user.click(within(dialog).getByRole('button', { name: txt.ok }))

    core.emit('progress', { task: 'export', done: 2000, total: 5000 })
    expect(await within(dialog).findByText(txt.progress(2000, 5000))).toBeTruthy()
    expect(within(dialog).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('40')
    // Another task's progress is not this export's.
    core.emit('progress', { task: 'import', done: 1, total: 2 })
    expect(within(dialog).getByText(txt.progress(2000, 5000))).toBeTruthy()

    const jobId = (core.callsOf('exports.persons')[0] as { jobId?: string }).jobId
    expect(jobId).toBeTruthy()
    await user.click(within(dialog).getByRole('button', { name: txt.cancel }))
    expect(core.callsOf('work.cancel')).toEqual([{ jobId }])
    finish({ fileName: 'x.xlsx', rows: 1, masked: true, bytes: 10, data: null, path: '/x' })
  })
})
