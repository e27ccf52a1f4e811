import { describe, expect, it } from 'vitest'
import type { StoreEvent } from '../model/credential-store.js'
import type { ChangeEvent, ChangePage } from '../store/adapter.js'
import { openChangeFeed } from '../store/change-feed.js'
import { CHANGE_LOG_RETAINED, MemoryChangeLog } from '../store/change-log.js'
import { waitFor } from './http-support.js'

/**
 * The store's ordering of an adapter's events: the adapter here is a log plus a hand-driven channel that
 * drops, repeats and reorders, as LISTEN/NOTIFY across processes may.
 */
function fakeBackend() {
  const log = new MemoryChangeLog()
  let deliver: ((event: ChangeEvent) => void) | undefined
  let interrupted: (() => void) | undefined
  let reads = 0
  let failing = false
  const adapter = {
    subscribe(_tenant: string, listener: (event: ChangeEvent) => void, onInterrupted?: () => void) {
      deliver = listener
      interrupted = onInterrupted
      return () => {
        deliver = undefined
      }
    },
    async readChanges(_tenant: string, after: number, limit: number): Promise<ChangePage> {
      reads += 1
      if (failing) throw new Error('connection refused')
      return log.read(after, limit)
    },
  }
  const write = (id: string) => log.append([{ type: 'updated', id, version: 1 }])[0]!
  return {
    adapter,
    /** A committed change, not (yet) sent on the channel. */
    write,
    send: (event: ChangeEvent) => deliver!(event),
    interrupt: () => interrupted!(),
    reads: () => reads,
    fail: (value: boolean) => {
      failing = value
    },
  }
}

function collect(backend: ReturnType<typeof fakeBackend>, since?: number) {
  const events: StoreEvent[] = []
  const stop = openChangeFeed(backend.adapter, 'firm-a', (event) => events.push(event), since)
  return { events, stop, seqs: () => events.map((event) => event.seq) }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20))

describe('change feed', () => {
  it('delivers in number order what the channel reorders, and drops what it repeats', async () => {
    const backend = fakeBackend()
    const feed = collect(backend)
    await settle() // the position is read: 0
    const [one, two, three] = [backend.write('a'), backend.write('b'), backend.write('c')]
    backend.send(two)
    backend.send(one)
    backend.send(one)
    backend.send(three)
    backend.send(two)
    expect(feed.seqs()).toEqual([1, 2, 3])
    feed.stop()
  })

  it('reads from the log what the channel never sent, after a short grace', async () => {
    const backend = fakeBackend()
    const feed = collect(backend)
    await settle()
    backend.write('a') // lost
    backend.write('b') // lost
    backend.send(backend.write('c'))
    expect(feed.seqs()).toEqual([])
    await waitFor(() => feed.events.length === 3)
    expect(feed.seqs()).toEqual([1, 2, 3])
    feed.stop()
  })

  it('reads the log when the channel was interrupted, even with no later change to show the gap', async () => {
    const backend = fakeBackend()
    const feed = collect(backend)
    await settle()
    backend.send(backend.write('a'))
    backend.write('b') // sent while the channel was down
    backend.interrupt()
    await waitFor(() => feed.events.length === 2)
    expect(feed.events[1]).toMatchObject({ id: 'b', seq: 2 })
    feed.stop()
  })

  it('keeps trying while the log cannot be read, then replays', async () => {
    const backend = fakeBackend()
    backend.write('a')
    backend.fail(true)
    const feed = collect(backend, 0)
    await waitFor(() => backend.reads() >= 2, 3000)
    expect(feed.events).toEqual([])
    backend.fail(false)
    await waitFor(() => feed.events.length === 1, 3000)
    expect(feed.seqs()).toEqual([1])
    feed.stop()
  })

  it('sends one reset to a subscriber whose position the log was pruned past', async () => {
    const backend = fakeBackend()
    for (let index = 0; index < CHANGE_LOG_RETAINED + 1001; index += 1) backend.write(`c${index}`)
    const feed = collect(backend, 5)
    await waitFor(() => feed.events.length === 1)
    expect(feed.events).toEqual([{ type: 'reset', seq: CHANGE_LOG_RETAINED + 1001 }])
    backend.send(backend.write('next'))
    expect(feed.events[1]).toMatchObject({ id: 'next', seq: CHANGE_LOG_RETAINED + 1002 })
    feed.stop()
  })

  it('pages through a long replay in order', async () => {
    const backend = fakeBackend()
    for (let index = 0; index < 2500; index += 1) backend.write(`c${index}`)
    const feed = collect(backend, 0)
    await waitFor(() => feed.events.length === 2500)
    expect(feed.seqs()).toEqual(Array.from({ length: 2500 }, (_, index) => index + 1))
    feed.stop()
  })

  it('delivers nothing after it is stopped', async () => {
    const backend = fakeBackend()
    const feed = collect(backend)
    await settle()
    feed.stop()
    backend.write('a')
    await settle()
    expect(feed.events).toEqual([])
  })
})
