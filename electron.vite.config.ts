import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { cspMetaPlugin } from './scripts/vite/cspMeta'

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Pure-JS dependencies are bundled, so an installed app carries one node_modules
      // package: better-sqlite3-multiple-ciphers, whose native .node files cannot be bundled
      // (plain better-sqlite3 is only a type source now).
      externalizeDeps: false,
      rolldownOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          // Reads .xlsx files in a worker thread (electron/services/excel/workerEntry.ts).
          xlsxWorker: resolve('electron/services/excel/xlsxWorker.ts'),
          // Writes backups in a worker thread (electron/services/backup/runBackupWorker.ts).
          backupWorker: resolve('electron/services/backup/backupWorker.ts'),
          // A backup's page pass beside its quick_check (electron/services/backup/backupBody.ts).
          pagePassWorker: resolve('electron/services/backup/pagePassWorker.ts'),
          // Encrypts a database from before encryption (electron/services/atRest/runEncryptWorker.ts).
          encryptWorker: resolve('electron/services/atRest/encryptWorker.ts'),
          // Folds the WAL after a bulk write (electron/services/walFold/runWalFoldWorker.ts).
          walFoldWorker: resolve('electron/services/walFold/walFoldWorker.ts'),
        },
        external: [
          'electron',
          /^electron\//,
          'better-sqlite3',
          /^better-sqlite3\//,
          /^better-sqlite3-multiple-ciphers(\/|$)/,
        ],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only 'electron': everything else must be inside it.
      externalizeDeps: false,
      // A CommonJS preload keeps `sandbox: true` possible (ESM preloads need it off).
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [cspMetaPlugin()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      rolldownOptions: { input: resolve('renderer/index.html') },
    },
  },
})
