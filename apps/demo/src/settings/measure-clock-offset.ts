/**
 * How far this computer's clock is from a server's, from one request: `GET url` (no cache), the server's
 * `Date` header (the sandbox court exposes it to other origins with `Access-Control-Expose-Headers`) and
 * the local times around the request, through @a2f/core's `clockOffsetFromDate`.
 *
 * @example
 * const { offsetMs } = await measureClockOffset('http://127.0.0.1:5180/api/hora')
 * clock.setOffset(offsetMs) // the codes now follow the server's time
 */
import { clockOffsetFromDate } from '@a2f/core'

export interface ClockMeasurement {
  /** Server time minus local time, ms. */
  offsetMs: number
  /** The request's round trip, ms: the measurement is good to about a second plus half of it. */
  roundTripMs: number
  /** The server's `Date` header as received. */
  serverDate: string
}

/**
 * How far off one measurement itself can be: the `Date` header's whole seconds, plus half the round trip
 * (the server read its clock somewhere within it). An offset inside this says nothing.
 */
export function measurementPrecisionMs(measurement: Pick<ClockMeasurement, 'roundTripMs'>): number {
  return 1000 + measurement.roundTripMs / 2
}

/** Why a measurement failed, for the message shown. */
export class ClockCheckError extends Error {
  constructor(readonly reason: 'NETWORK' | 'STATUS' | 'NO_DATE') {
    super(`Clock check failed: ${reason}`)
    this.name = 'ClockCheckError'
  }
}

export async function measureClockOffset(
  url: string,
  fetcher: typeof fetch = fetch,
  now: () => number = () => Date.now(),
): Promise<ClockMeasurement> {
  const sentAt = now()
  let response: Response
  try {
    response = await fetcher(url, { cache: 'no-store' })
  } catch {
    throw new ClockCheckError('NETWORK')
  }
  const receivedAt = now()
  if (!response.ok) throw new ClockCheckError('STATUS')
  const serverDate = response.headers.get('date')
  if (!serverDate || Number.isNaN(Date.parse(serverDate))) throw new ClockCheckError('NO_DATE')
  return {
    offsetMs: clockOffsetFromDate(serverDate, sentAt, receivedAt),
    roundTripMs: receivedAt - sentAt,
    serverDate,
  }
}
