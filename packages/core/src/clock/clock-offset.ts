/**
 * How far this device's clock is from a server's, from one HTTP exchange: the server's `Date` header and
 * the local times the request was sent and the response received. TOTP codes are only as right as the
 * clock (wrong codes from drift are the most reported authenticator bug); Google Authenticator corrects
 * the same way, from the `Date` header of a HEAD request.
 *
 * The server stamped its `Date` somewhere between our send and receive; the midpoint is the best guess
 * (it assumes symmetric network delay). A `Date` header has whole-second resolution (RFC 9110 §5.6.7),
 * so the result is accurate to about a second plus half the round trip: plenty for 30-second steps.
 *
 * @example
 * const sentAt = Date.now()
 * const response = await fetch(courtUrl, { method: 'HEAD' })
 * const offsetMs = clockOffsetFromDate(response.headers.get('date') ?? '', sentAt, Date.now())
 * const clock = createClock({ offsetMs })  // clock.now() is now the server's time
 */
import { A2FError, invalidOption } from '../errors.js'

/** Server time minus local time, in ms: add it to `Date.now()` to get the server's time. */
export function clockOffsetFromDate(serverDate: string | Date, sentAt: number, receivedAt: number): number {
  const serverTime =
    serverDate instanceof Date
      ? serverDate.getTime()
      : typeof serverDate === 'string'
        ? Date.parse(serverDate)
        : Number.NaN
  if (Number.isNaN(serverTime)) {
    const received =
      typeof serverDate === 'string' ? JSON.stringify(serverDate.slice(0, 40)) : String(serverDate)
    throw new A2FError(
      'DATE_INVALID',
      `Not a date: ${received}. Expected an HTTP date such as "Sun, 06 Nov 1994 08:49:37 GMT".`,
      {
        received,
      },
    )
  }
  if (!Number.isFinite(sentAt)) invalidOption('sentAt', 'ms since the Unix epoch', sentAt)
  if (!Number.isFinite(receivedAt) || receivedAt < sentAt) {
    invalidOption('receivedAt', 'ms since the Unix epoch, not before sentAt', receivedAt)
  }
  return serverTime - (sentAt + (receivedAt - sentAt) / 2)
}
