import { defineConfig } from 'vitest/config'

/**
 * Tests whose outcome depends on the machine's time zone: run again under each zone a
 * Chinese office, a server and a developer abroad may have (a cell's date must be the day
 * it shows in all three).
 */
const DATE_TESTS = ['test/unit/shared-dates.test.ts', 'test/unit/dates-*.test.ts']
const TIME_ZONES = ['Asia/Shanghai', 'UTC', 'America/Los_Angeles']

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      ...TIME_ZONES.map((tz) => ({
        test: {
          name: `dates-${tz}`,
          environment: 'node',
          include: DATE_TESTS,
          env: { TZ: tz },
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      })),
      {
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['test/component/**/*.test.tsx'],
          setupFiles: ['test/component/setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
})
