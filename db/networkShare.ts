/**
 * SQLite's locking is unreliable over SMB/NFS, and county offices do map shared drives;
 * a database there would corrupt silently, so we refuse it.
 */
const NETWORK_FS_TYPES = new Set([
  'nfs',
  'nfs4',
  'cifs',
  'smbfs',
  'smb3',
  'fuse.sshfs',
  'afs',
  'ncpfs',
  'fuse.davfs2',
  'davfs',
  'ceph',
  'glusterfs',
  'fuse.glusterfs',
  '9p',
])

export interface MountEntry {
  mountPoint: string
  fsType: string
}

/** Parses /proc/mounts (octal escapes such as `\040` for spaces included). */
export function parseProcMounts(text: string): MountEntry[] {
  return text
    .split('\n')
    .map((line) => line.split(' '))
    .filter((f) => f.length >= 3)
    .map((f) => ({
      mountPoint: f[1]!.replace(/\\([0-7]{3})/g, (_, o: string) =>
        String.fromCharCode(parseInt(o, 8)),
      ),
      fsType: f[2]!,
    }))
}

/** True for UNC paths (`\\server\share`, `//server/share`) and paths under a network mount. */
export function isNetworkPath(absPath: string, mounts: MountEntry[] = []): boolean {
  if (/^(\\\\|\/\/)[^\\/]+[\\/]/.test(absPath) && !/^\\\\[?.]\\/.test(absPath)) return true
  if (/^\\\\\?\\UNC\\/i.test(absPath)) return true
  // Compare with forward slashes; Windows drive letters are case-insensitive.
  const norm = (p: string) => p.replace(/\\/g, '/').replace(/^[a-z]:/, (d) => d.toUpperCase())
  const path = norm(absPath)
  let best: MountEntry | undefined
  for (const m of mounts) {
    const point = norm(m.mountPoint)
    const prefix = point.endsWith('/') ? point : `${point}/`
    if (path === point || path.startsWith(prefix)) {
      if (!best || m.mountPoint.length > best.mountPoint.length) best = m
    }
  }
  return best ? NETWORK_FS_TYPES.has(best.fsType) : false
}
