#!/usr/bin/env node
// The `xinlian` command: runs the TypeScript CLI directly, so it works right after `npm install`.
import { register } from 'tsx/esm/api'

register()
await import('../electron/cli/main.ts')
