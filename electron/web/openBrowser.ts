import { spawn } from 'node:child_process'

/** The platform's "open this address" command; argv only, never a shell line. */
export function browserCommand(url: string, platform: NodeJS.Platform): [string, string[]] {
  if (platform === 'win32') return ['rundll32.exe', ['url.dll,FileProtocolHandler', url]]
  if (platform === 'darwin') return ['open', [url]]
  return ['xdg-open', [url]]
}

/**
 * Asks the desktop to show the address in the default browser. Best effort: a machine
 * without a desktop (or without xdg-open) just gets the printed address.
 */
export function openInBrowser(url: string, platform: NodeJS.Platform = process.platform): void {
  const [command, args] = browserCommand(url, platform)
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore', windowsHide: true })
    child.on('error', () => undefined)
    child.unref()
  } catch {
    // Nothing to do: the address is printed for the user to open by hand.
  }
}
