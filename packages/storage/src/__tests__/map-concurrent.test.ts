import { describe, expect, it } from 'vitest'
import { mapConcurrent } from '../store/map-concurrent.js'

describe('mapConcurrent', () => {
  it('keeps input order and never has more than `limit` calls in flight', async () => {
    let inFlight = 0
    let most = 0
    const results = await mapConcurrent([5, 1, 4, 2, 3, 0, 6], 3, async (n) => {
      inFlight += 1
      most = Math.max(most, inFlight)
      await new Promise((resolve) => setTimeout(resolve, n))
      inFlight -= 1
      return n * 10
    })
    expect(results).toEqual([50, 10, 40, 20, 30, 0, 60])
    expect(most).toBe(3)
  })

  it('handles no items, and rejects with the first failure', async () => {
    expect(await mapConcurrent([], 4, async () => 1)).toEqual([])
    await expect(
      mapConcurrent([1, 2, 3], 2, async (n) => {
        if (n === 2) throw new Error('boom')
        return n
      }),
    ).rejects.toThrow('boom')
  })
})
