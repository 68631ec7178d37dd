#!/usr/bin/env node
// The `xinlian` command: runs the TypeScript CLI directly, so it works right after `npm install`.
import { preflight } from './preflight.mjs'

preflight()
const { register } = await import('tsx/esm/api')
register()
await import('../electron/cli/main.ts')
