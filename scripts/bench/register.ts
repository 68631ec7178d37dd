import { loadDemoPersons } from '../../electron/services/demo/loadDemo'
import { migrations } from '../../db/migrations'
import { localToday } from '../../shared/dates/calendar'
import { seedActivities } from './activities'
import { BENCH_UNIT, initialize, openBenchCore, siteIdOf } from './benchCore'
import type { BenchScale } from './scales'
import { timeOnce } from './timing'

export const BENCH_SEED = 20261126

/** The migrations of the previous release: every one but the last. */
export function previousMigrations(): typeof migrations {
  return Object.fromEntries(Object.entries(migrations).slice(0, -1))
}

/**
 * The register the read figures run on, left closed at the previous schema so that the
 * next open migrates it: the unit and admin, the demo persons (the generator and loader of
 * `xinlian demo`) and activities with participants.
 */
export async function buildRegister(dir: string, scale: BenchScale): Promise<{ loadMs: number }> {
  const b = await openBenchCore(dir, { migrationSet: previousMigrations() })
  try {
    await initialize(b)
    const sqlite = b.core.database.sqlite
    const siteId = siteIdOf(b)
    const { ms } = await timeOnce(() =>
      loadDemoPersons(sqlite, {
        seed: BENCH_SEED,
        count: scale.persons,
        unitCode: BENCH_UNIT.code,
        siteId,
        clock: b.core.clock,
      }),
    )
    seedActivities(sqlite, {
      count: scale.activities,
      participants: scale.participants,
      siteId,
      seed: BENCH_SEED,
      year: Number(localToday().slice(0, 4)),
    })
    return { loadMs: ms }
  } finally {
    b.close()
  }
}
