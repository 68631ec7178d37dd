export const MINIMUM_NODE: { major: number; minor: number }
export const NATIVE_MODULE: string
export function nodeIsRecentEnough(version: string): boolean
export function runtimeProblem(check: {
  nodeVersion: string
  loadNative: () => void
}): string | null
export function preflight(): void
