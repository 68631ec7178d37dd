import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SUGGESTION_LEVELS, type ScoreRules } from '../../shared/contract/suggestions'
import { DEFAULT_SCORE_RULES, scoreOf } from '../../shared/suggestions/score'

const points = fc.double({ min: 0, max: 1000, noNaN: true, noDefaultInfinity: true })
const perLevel = (value: fc.Arbitrary<number>) =>
  fc.record({ county: value, city: value, province: value, national: value })
const rules: fc.Arbitrary<ScoreRules> = fc.record({
  kindPoints: fc.record({ '01': points, '02': points }),
  channelPoints: fc.record({ '01': points, '02': points }),
  adoptionPoints: perLevel(points),
  adoptionCounting: fc.constantFrom('highest' as const, 'sum' as const),
  instructionMultiplier: perLevel(fc.double({ min: 1, max: 5, noNaN: true })),
  instructionBonus: perLevel(points),
  share: fc.constantFrom('equal' as const, 'each' as const),
})
const levels = fc.array(fc.constantFrom(...SUGGESTION_LEVELS), { maxLength: 8 })

describe('suggestion score', () => {
  it('never depends on the order in which adoptions and 批示 were entered', () => {
    fc.assert(
      fc.property(
        rules,
        levels,
        levels,
        fc.integer({ min: 1, max: 6 }),
        fc.func(fc.integer()),
        (r, adoptions, instructions, authorCount, key) => {
          const shuffle = <T>(list: readonly T[]) =>
            list
              .map((v, i) => ({ v, k: key(i) }))
              .sort((a, b) => a.k - b.k)
              .map((x) => x.v)
          const facts = { kind: '01', channel: '02', authorCount }
          const inOrder = scoreOf(
            { ...facts, adoptionLevels: adoptions, instructionLevels: instructions },
            r,
          )
          const reordered = scoreOf(
            {
              ...facts,
              adoptionLevels: [...adoptions].reverse(),
              instructionLevels: shuffle(instructions),
            },
            r,
          )
          const shuffled = scoreOf(
            { ...facts, adoptionLevels: shuffle(adoptions), instructionLevels: instructions },
            r,
          )
          expect(reordered).toEqual(inOrder)
          expect(shuffled).toEqual(inOrder)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('follows the default table: bulletin 5, city 10, province 30, doubled with a 批示', () => {
    const base = { kind: '02', channel: '01', authorCount: 2 }
    const score = (adoptionLevels: ('city' | 'province')[], instructed: boolean) =>
      scoreOf(
        { ...base, adoptionLevels, instructionLevels: instructed ? ['province'] : [] },
        DEFAULT_SCORE_RULES,
      )
    expect(score([], false)).toEqual({ score: 5, share: 2.5 })
    expect(score(['city'], false)).toEqual({ score: 15, share: 7.5 })
    expect(score(['city', 'province'], false)).toEqual({ score: 35, share: 17.5 })
    expect(score(['city'], true)).toEqual({ score: 30, share: 15 })
    expect(
      scoreOf(
        { ...base, adoptionLevels: ['city', 'province'], instructionLevels: [] },
        { ...DEFAULT_SCORE_RULES, adoptionCounting: 'sum', share: 'each' },
      ),
    ).toEqual({ score: 45, share: 45 })
  })
})
