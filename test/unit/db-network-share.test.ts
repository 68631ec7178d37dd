import { describe, expect, it } from 'vitest'
import { isNetworkPath, parseProcMounts } from '../../db/networkShare'

describe('isNetworkPath', () => {
  const mounts = parseProcMounts(
    [
      '/dev/vda / ext4 rw 0 0',
      '//server/统战 /mnt/office\\040share cifs rw 0 0',
      'nas:/export /home/user/nas nfs4 rw 0 0',
      'tmpfs /tmp tmpfs rw 0 0',
    ].join('\n'),
  )

  it('finds UNC paths', () => {
    expect(isNetworkPath('\\\\server\\share\\xinlian.db')).toBe(true)
    expect(isNetworkPath('//server/share/xinlian.db')).toBe(true)
    expect(isNetworkPath('\\\\?\\UNC\\server\\share\\x.db')).toBe(true)
    expect(isNetworkPath('C:\\Users\\a\\xinlian.db')).toBe(false)
  })

  it('uses the longest matching mount', () => {
    expect(isNetworkPath('/mnt/office share/data/xinlian.db', mounts)).toBe(true)
    expect(isNetworkPath('/home/user/nas/x.db', mounts)).toBe(true)
    expect(isNetworkPath('/home/user/x.db', mounts)).toBe(false)
    expect(isNetworkPath('/tmp/x.db', mounts)).toBe(false)
  })

  it('sees mapped Windows drives reported as cifs', () => {
    expect(isNetworkPath('Z:\\data\\x.db', [{ mountPoint: 'Z:\\', fsType: 'cifs' }])).toBe(true)
    expect(isNetworkPath('z:\\data\\x.db', [{ mountPoint: 'Z:\\', fsType: 'cifs' }])).toBe(true)
    expect(isNetworkPath('C:\\data\\x.db', [{ mountPoint: 'Z:\\', fsType: 'cifs' }])).toBe(false)
  })
})
