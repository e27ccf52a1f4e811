/**
 * The clock check: the offset from the server's Date header against the midpoint of the request, and a
 * clear failure when the server cannot be reached or hides its Date header.
 */
import { describe, expect, it } from 'vitest'
import { describeOffset, signedSeconds } from './describe-offset.js'
import { ClockCheckError, measureClockOffset, measurementPrecisionMs } from './measure-clock-offset.js'

/** A fetch answering with `headers` after the local clock moved from `sent` to `received`. */
function fakeServer(headers: Record<string, string>, times: number[], status = 200) {
  const now = () => times.shift()!
  const fetcher = (async () => new Response('{"agora":"…"}', { status, headers })) as typeof fetch
  return { fetcher, now }
}

describe('measureClockOffset', () => {
  it('is the server time minus the local midpoint of the round trip', async () => {
    // Local 10:00:00.000 → 10:00:00.400 (midpoint .200); the server says 10:00:05.
    const sent = Date.parse('2026-11-21T10:00:00.000Z')
    const { fetcher, now } = fakeServer({ date: 'Sat, 21 Nov 2026 10:00:05 GMT' }, [sent, sent + 400])
    const result = await measureClockOffset('http://127.0.0.1:5180/api/hora', fetcher, now)
    expect(result).toEqual({ offsetMs: 4800, roundTripMs: 400, serverDate: 'Sat, 21 Nov 2026 10:00:05 GMT' })
    expect(describeOffset(result.offsetMs)).toBe(
      'O relógio deste computador está 4,8 s atrasado em relação ao servidor.',
    )
    expect(signedSeconds(result.offsetMs)).toBe('+4,8 s')
    expect(describeOffset(-2300)).toBe(
      'O relógio deste computador está 2,3 s adiantado em relação ao servidor.',
    )
    expect(describeOffset(400)).toContain('está certo')
    // A slow request widens the precision: 1.2 s off with a 600 ms round trip cannot be told from right.
    expect(measurementPrecisionMs({ roundTripMs: 600 })).toBe(1300)
    expect(describeOffset(-1200, 1300)).toContain('está certo')
    expect(describeOffset(-1200)).toContain('adiantado')
  })

  it('fails with a reason when the Date header is missing or the server errs or is down', async () => {
    const noDate = fakeServer({}, [0, 10])
    await expect(measureClockOffset('http://x/api/hora', noDate.fetcher, noDate.now)).rejects.toMatchObject({
      reason: 'NO_DATE',
    })
    const failing = fakeServer({ date: new Date().toUTCString() }, [0, 10], 500)
    await expect(measureClockOffset('http://x/api/hora', failing.fetcher, failing.now)).rejects.toMatchObject(
      {
        reason: 'STATUS',
      },
    )
    const down = (async () => {
      throw new TypeError('Failed to fetch')
    }) as typeof fetch
    await expect(measureClockOffset('http://x/api/hora', down)).rejects.toBeInstanceOf(ClockCheckError)
  })
})
