export const CLI_BUNDLE_DIR: string
export const CLI_WORKERS: Record<string, string>
export function currentCliBundle(root?: string): string | null
