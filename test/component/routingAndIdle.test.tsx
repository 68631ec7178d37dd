import { describe, expect, it, vi } from 'vitest'
import { fireEvent, render, renderHook, screen } from '@testing-library/react'
import { t } from '../../shared/i18n'
import { App } from '../../renderer/src/app/App'
import { matchPath } from '../../renderer/src/router/hashRoute'
import { useIdleLock } from '../../renderer/src/session/useIdleLock'
import { installFakeCore } from './fakeTransport'
import { session, status } from './statusFixtures'

describe('hash routes', () => {
  it('match by pattern, with parameters and an optional last segment', () => {
    expect(matchPath('/print/sign-in/:id', '/print/sign-in/0190ab')).toEqual({ id: '0190ab' })
    expect(matchPath('/print/sign-in/:id', '/print/sign-in')).toBeNull()
    expect(matchPath('/settings/:tab?', '/settings')).toEqual({})
    expect(matchPath('/settings/:tab?', '/settings/audit')).toEqual({ tab: 'audit' })
    expect(matchPath('/settings/:tab?', '/settings/audit/x')).toBeNull()
    expect(matchPath('/persons', '/organizations')).toBeNull()
    expect(matchPath('/persons/:id', '/persons/%E5%BC%A0')).toEqual({ id: '张' })
  })

  it('a menu entry opens its page inside the main window', async () => {
    installFakeCore({
      'system.status': () => status({ session: session() }),
      'units.overview': () => ({
        self: {
          id: 'u1',
          code: '330624',
          name: '新昌县委统战部',
          level: 'county',
          fingerprint: '',
          keyCreatedAt: null,
        },
        upper: [],
        lower: [],
        relayed: [],
      }),
    })
    window.location.hash = '#/reports'
    render(<App />)
    expect(await screen.findByText(t.reportsUi.exporter.noUpper)).toBeTruthy()
  })
})

describe('idle lock', () => {
  it('fires after the configured minutes without input, counting from the last input', () => {
    vi.useFakeTimers()
    const onIdle = vi.fn()
    renderHook(() => useIdleLock({ minutes: 1, onIdle }))
    vi.advanceTimersByTime(40_000)
    fireEvent.keyDown(window, { key: 'a' })
    vi.advanceTimersByTime(40_000)
    expect(onIdle).not.toHaveBeenCalled()
    vi.advanceTimersByTime(25_000)
    expect(onIdle).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(120_000)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })

  it('reports input at most once per interval, so the core hears the user is there', () => {
    vi.useFakeTimers()
    const onActivity = vi.fn()
    renderHook(() =>
      useIdleLock({ minutes: 10, onIdle: () => undefined, onActivity, activityEveryMs: 60_000 }),
    )
    vi.advanceTimersByTime(61_000)
    fireEvent.mouseMove(window)
    fireEvent.mouseMove(window)
    vi.advanceTimersByTime(10_000)
    fireEvent.keyDown(window, { key: 'a' })
    expect(onActivity).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(60_000)
    fireEvent.mouseDown(window)
    expect(onActivity).toHaveBeenCalledTimes(2)
  })
})
