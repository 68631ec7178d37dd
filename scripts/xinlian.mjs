#!/usr/bin/env node
// The `xinlian` command. `npm run build` bundles it into out/cli; while that bundle is newer
// than every source file it runs, otherwise the TypeScript runs through tsx, so the command
// works right after `npm install` and always as the sources are. XINLIAN_FROM_SOURCE=1
// takes the sources even so.
import { pathToFileURL } from 'node:url'
import { currentCliBundle } from './builtCli.mjs'
import { preflight } from './preflight.mjs'

preflight()
const bundle = process.env.XINLIAN_FROM_SOURCE === '1' ? null : currentCliBundle()
if (bundle) {
  await import(pathToFileURL(bundle).href)
} else {
  const { register } = await import('tsx/esm/api')
  register()
  await import('../electron/cli/main.ts')
}
