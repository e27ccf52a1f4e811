import type { UnavailableReason } from '../errors.js'

/**
 * Admission control of one handler: at most `maxConcurrent` requests served at once, at most `maxQueued`
 * waiting (first come, first served) for at most `queueTimeoutMs`, and at most `maxEventStreams` open
 * event streams, counted apart (a stream lives for hours; it must not hold a request's slot). Past a
 * limit the answer is a refusal at once, never a hang. Counters of this process only: each server
 * process on the same database has its own.
 */
export interface AdmissionLimits {
  maxConcurrent: number
  maxQueued: number
  queueTimeoutMs: number
  maxEventStreams: number
}

export const ADMISSION_DEFAULTS: Readonly<AdmissionLimits> = {
  maxConcurrent: 64,
  maxQueued: 256,
  queueTimeoutMs: 5000,
  maxEventStreams: 1000,
}

/** What `Retry-After` says by default, in seconds. */
export const DEFAULT_RETRY_AFTER_SECONDS = 2

/** Gives the slot back; calling it again does nothing. */
export type Release = () => void

export interface Admission {
  /** A slot for a request, after waiting in the queue if need be; or why there is none. */
  enter(signal: AbortSignal): Release | UnavailableReason | Promise<Release | UnavailableReason>
  /** A slot for an event stream, or 'OVERLOADED'. */
  enterStream(): Release | UnavailableReason
}

interface Waiter {
  admit(): void
}

export function createAdmission(limits: AdmissionLimits): Admission {
  let active = 0
  let streams = 0
  const queue: Waiter[] = []

  const releaser = (): Release => {
    let released = false
    return () => {
      if (released) return
      released = true
      // The slot passes straight to the first waiter: `active` stays, so no newcomer can jump the queue.
      const next = queue.shift()
      if (next === undefined) active -= 1
      else next.admit()
    }
  }

  return {
    enter(signal) {
      if (active < limits.maxConcurrent) {
        active += 1
        return releaser()
      }
      if (queue.length >= limits.maxQueued) return 'OVERLOADED'
      if (signal.aborted) return 'OVERLOADED'
      return new Promise<Release | UnavailableReason>((resolve) => {
        const leave = (reason: UnavailableReason) => {
          const index = queue.indexOf(waiter)
          if (index === -1) return
          queue.splice(index, 1)
          clearTimeout(timer)
          signal.removeEventListener('abort', onAbort)
          resolve(reason)
        }
        const onAbort = () => leave('OVERLOADED') // the client went away: nobody reads the answer
        const waiter: Waiter = {
          admit() {
            clearTimeout(timer)
            signal.removeEventListener('abort', onAbort)
            resolve(releaser())
          },
        }
        const timer = setTimeout(() => leave('QUEUE_TIMEOUT'), limits.queueTimeoutMs)
        signal.addEventListener('abort', onAbort)
        queue.push(waiter)
      })
    },

    enterStream() {
      if (streams >= limits.maxEventStreams) return 'OVERLOADED'
      streams += 1
      let released = false
      return () => {
        if (released) return
        released = true
        streams -= 1
      }
    },
  }
}
