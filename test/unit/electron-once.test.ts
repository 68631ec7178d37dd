import { describe, expect, it } from 'vitest'
import { once } from '../../electron/main/once'

describe('once', () => {
  it('runs the action on the first call only, however many quit paths fire', () => {
    let closed = 0
    const close = once(() => closed++)
    close()
    close()
    close()
    expect(closed).toBe(1)
  })
})
