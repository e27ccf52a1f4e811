/**
 * Aborting a login: `signal` is checked between steps and cuts a wait for the next window short.
 *
 * ```ts
 * throwIfAborted(signal)
 * await abortableSleep(sleep, 25_000, signal)
 * ```
 */
import { CourtLoginError } from './errors.js'

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortedError(signal)
}

function abortedError(signal: AbortSignal): CourtLoginError {
  return new CourtLoginError('ABORTED', 'The login was aborted.', {}, { cause: signal.reason })
}

/** `sleep(ms)`, rejected with an ABORTED error as soon as `signal` aborts. */
export async function abortableSleep(
  sleep: (ms: number) => Promise<void>,
  ms: number,
  signal: AbortSignal | undefined,
): Promise<void> {
  throwIfAborted(signal)
  if (!signal) return sleep(ms)
  let onAbort: (() => void) | undefined
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(abortedError(signal))
    signal.addEventListener('abort', onAbort, { once: true })
  })
  try {
    await Promise.race([sleep(ms), aborted])
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort)
  }
}

/** The default sleep: real time. */
export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))
