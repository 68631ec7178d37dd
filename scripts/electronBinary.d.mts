/** The installed Electron executable, or null when it is not installed (never downloads). */
export function installedElectronBinary(env?: Record<string, string | undefined>): string | null
