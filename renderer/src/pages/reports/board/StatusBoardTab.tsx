import { useCallback, useEffect, useState } from 'react'
import { App, Button, Select, Space, Table, Tag, Tooltip, Typography } from 'antd'
import { FileExcelOutlined, PrinterOutlined, ReloadOutlined } from '@ant-design/icons'
import type {
  BoardCell,
  BoardUnit,
  StatusBoard,
} from '../../../../../shared/contract/packagesBoard'
import { t } from '../../../../../shared/i18n'
import { call } from '../../../api/client'
import { errorText } from '../../../forms/serverIssues'
import { statusBoardPrintPath } from '../../../print/printLinks'
import { navigate } from '../../../router/hashRoute'
import { saveExport } from '../../imports/export/saveExport'
import { BoardCellDrawer } from './BoardCellDrawer'
import { BOARD_COLOR } from './boardColors'

const txt = t.boardUi

/** One cell: state, the day it came, lateness, rows; a button that opens the details. */
function CellButton({ cell, onOpen }: { cell: BoardCell; onOpen: () => void }) {
  const late = cell.daysLate ?? 0
  return (
    <Button
      type="text"
      onClick={onOpen}
      data-testid={`board-cell-${cell.unitCode}-${cell.period}`}
      style={{ height: 'auto', padding: '4px 6px', textAlign: 'left', whiteSpace: 'normal' }}
    >
      <Space orientation="vertical" size={0}>
        <Tag color={BOARD_COLOR[cell.status]}>{txt.status[cell.status]}</Tag>
        {cell.firstAt && <span>{cell.firstAt.slice(0, 10)}</span>}
        {late > 0 && (
          <Typography.Text type="danger">
            {cell.packages ? txt.late(late) : txt.overdue(late)}
          </Typography.Text>
        )}
        {cell.packages > 0 && (
          <Typography.Text type="secondary">
            {txt.rows(cell.rows, cell.rowsChanged)}
          </Typography.Text>
        )}
        {cell.reason && <Typography.Text type="warning">{cell.reason}</Typography.Text>}
      </Space>
    </Button>
  )
}

type BoardRow = BoardUnit & { children?: BoardUnit[] }

/** At the province each city is a row that opens onto the counties it relays. */
function boardRows(units: BoardUnit[]): BoardRow[] {
  const top = units.filter((u) => !u.parentCode)
  return top.map((u) => {
    const below = units.filter((c) => c.parentCode === u.code)
    return below.length ? { ...u, children: below } : u
  })
}

/** The province decides on the cities' packages; the counties' are the city's to decide. */
const isRelayed = (board: StatusBoard, code: string) =>
  board.units.some((u) => u.code === code && u.parentCode)

/**
 * 上报情况: 下级单位 × 报送期 at an upper unit, this unit's own packages at a county. A cell
 * opens its package again, its history and (upper unit, writers) 审核 / 退回.
 */
export function StatusBoardTab({ writer }: { writer: boolean }) {
  const { message, modal } = App.useApp()
  const [board, setBoard] = useState<StatusBoard | null>(null)
  const [period, setPeriod] = useState<string | undefined>()
  const [periods, setPeriods] = useState<string[]>([])
  const [open, setOpen] = useState<BoardCell | null>(null)
  const [exporting, setExporting] = useState(false)

  const load = useCallback(() => {
    call('packages.statusBoard', { period })
      .then((b) => {
        setBoard(b)
        if (!period) setPeriods(b.periods)
      })
      .catch((e: unknown) => message.error(errorText(e)))
  }, [message, period])
  useEffect(load, [load])

  async function exportBoard() {
    setExporting(true)
    try {
      const r = await call('packages.exportBoard', { period })
      const saved = saveExport(r)
      if (saved.saved) message.success(txt.exported(r.fileName))
      else modal.info({ title: txt.exported(r.fileName), content: txt.savedAt(saved.path) })
    } catch (e) {
      message.error(errorText(e))
    } finally {
      setExporting(false)
    }
  }

  const cellAt = new Map(board?.cells.map((c) => [`${c.unitCode}|${c.period}`, c]))
  const rows = boardRows(board?.units ?? [])
  const relays = rows.some((r) => r.children)
  const unitName = (code: string) => board?.units.find((u) => u.code === code)?.name ?? ''
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space wrap>
        <Select
          aria-label={txt.periodFilter}
          style={{ width: 200 }}
          allowClear
          placeholder={txt.allPeriods}
          value={period}
          onChange={(v?: string) => setPeriod(v)}
          options={periods.map((p) => ({ value: p, label: p }))}
        />
        <Tooltip title={txt.refresh}>
          <Button aria-label={txt.refresh} icon={<ReloadOutlined />} onClick={load} />
        </Tooltip>
        <Button icon={<PrinterOutlined />} onClick={() => navigate(statusBoardPrintPath(period))}>
          {txt.printButton}
        </Button>
        <Button icon={<FileExcelOutlined />} loading={exporting} onClick={() => void exportBoard()}>
          {txt.exportButton}
        </Button>
      </Space>
      {board && (
        <Typography.Text type="secondary">
          {board.scope === 'own' ? txt.scopeOwn : relays ? txt.scopeRelay : txt.scopeLower}
        </Typography.Text>
      )}
      <Table
        data-testid="status-board"
        size="small"
        bordered
        rowKey="code"
        loading={board === null}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: txt.unitColumn,
            key: 'unit',
            fixed: 'left',
            width: 240,
            render: (_, u) => (
              <Space orientation="vertical" size={0}>
                <span>{`${u.code} ${u.name}`}</span>
                {u.persons !== undefined && (
                  <Typography.Text type="secondary" data-testid={`board-persons-${u.code}`}>
                    {u.children
                      ? txt.personsWithBelow(
                          u.persons,
                          u.children.reduce((sum, c) => sum + (c.persons ?? 0), u.persons),
                        )
                      : txt.persons(u.persons)}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          ...(board?.periods ?? []).map((p) => ({
            title: p,
            key: p,
            width: 170,
            render: (_: unknown, u: BoardRow) => {
              const cell = cellAt.get(`${u.code}|${p}`)
              return cell && <CellButton cell={cell} onOpen={() => setOpen(cell)} />
            },
          })),
        ]}
      />
      {open && board && (
        <BoardCellDrawer
          cell={open}
          unitName={unitName(open.unitCode)}
          canDecide={writer && board.scope === 'lower' && !isRelayed(board, open.unitCode)}
          onClose={() => setOpen(null)}
          onDecided={() => {
            setOpen(null)
            load()
          }}
        />
      )}
    </Space>
  )
}
