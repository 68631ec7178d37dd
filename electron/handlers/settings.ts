import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { getSetting, putSetting } from '../../db/repos/settings'
import { recordChange } from '../../db/repos/changeLog'
import { renameUnit, selfUnit } from '../../db/repos/units'
import type { AppSettings } from '../../shared/contract/settings'
import { AppError } from '../core/appError'
import type { HandlerContext } from '../core/context'
import type { DomainHandlers } from '../core/handlerTypes'
import { checkpointMoment, takeCheckpoint } from '../services/audit/checkpoints/takeCheckpoint'
import { makeBackup } from '../services/backup/backupStore'
import { longWorkOf } from '../core/longWork'

export const IDLE_LOCK_KEY = 'idle_lock_minutes'
export const DEFAULT_IDLE_LOCK_MINUTES = 15

export async function readSettings(ctx: Pick<HandlerContext, 'db'>): Promise<AppSettings> {
  const idle = Number(await getSetting(ctx.db, IDLE_LOCK_KEY))
  return { idleLockMinutes: Number.isInteger(idle) && idle > 0 ? idle : DEFAULT_IDLE_LOCK_MINUTES }
}

export const settingsHandlers: DomainHandlers<
  'settings.get' | 'settings.update' | 'units.rename' | 'backup.create' | 'backup.list'
> = {
  'settings.get': (ctx) => readSettings(ctx),

  'settings.update': async (ctx, { idleLockMinutes }) => {
    await putSetting(ctx.db, IDLE_LOCK_KEY, String(idleLockMinutes))
    ctx.note({ objectType: 'settings', detail: `自动锁定 ${idleLockMinutes} 分钟` })
    return readSettings(ctx)
  },

  'units.rename': async (ctx, { name }) => {
    const unit = await selfUnit(ctx.db)
    if (!unit) throw new AppError('NOT_INITIALIZED')
    const hlc = ctx.clock.hlc()
    await renameUnit(ctx.db, unit.id, name, hlc)
    await recordChange(ctx.db, {
      table_name: 'units',
      row_id: unit.id,
      op: 'update',
      hlc,
      site_id: unit.id,
    })
    ctx.note({ objectType: 'unit', objectId: unit.id, detail: `${unit.name} → ${name}` })
    return { ...unit, name }
  },

  'backup.create': async (ctx) => {
    const work = longWorkOf(ctx)
    // A turn of its own: the checkpoint reads the audit chain's head, and rides in the copy.
    const checkpoint = await work.turn(() =>
      takeCheckpoint(ctx.sqlite, 'backup', checkpointMoment(ctx.clock)),
    )
    const nowMs = ctx.clock.nowMs()
    // The file work runs in a worker, beside the call queue: everyone else goes on working.
    const { path, bytes } = await ctx.backupRuns.run(
      'manual',
      (hooks) =>
        makeBackup({
          sqlite: ctx.sqlite,
          key: ctx.keys?.key ?? null,
          backupsDir: ctx.files.backupsDir,
          appVersion: ctx.config.appVersion,
          nowMs,
          kind: 'manual',
          checkpoint,
          log: ctx.log,
          ...hooks,
        }),
      work.signal,
    )
    return work.commit(async (inside) => {
      inside.note({ objectType: 'backup', detail: path })
      return { path, bytes, integrity: 'ok' as const, at: inside.clock.nowIso() }
    })
  },

  'backup.list': (ctx) => {
    let names: string[] = []
    try {
      names = readdirSync(ctx.files.backupsDir).filter(
        (n) => n.endsWith('.db') || n.endsWith('.xlbak'),
      )
    } catch {
      return []
    }
    return names
      .map((n) => {
        const path = join(ctx.files.backupsDir, n)
        const st = statSync(path)
        return { path, bytes: st.size, integrity: 'ok' as const, at: st.mtime.toISOString() }
      })
      .sort((a, b) => b.at.localeCompare(a.at))
  },
}
