/**
 * The change log on every backend that keeps one: each change of a tenant gets the next number, in
 * commit order, and a subscriber can ask for what came after a number it saw (`since`), getting each
 * change once, in order, then the live ones; a number the log cannot answer for gets one reset.
 */
import { describe, expect, it } from 'vitest'
import { MAX_CREATE_MANY } from '../../model/create-many.js'
import type { CredentialStore, StoreEvent } from '../../model/credential-store.js'
import { CHANGE_LOG_RETAINED } from '../../store/change-log.js'
import { useFreshBackend, type ContractBackend, type ContractSubject } from './subject.js'
import { COURT_KEY, expectStorageError } from './store-contract.js'

export function changeLogContract(subject: ContractSubject): void {
  describe(`${subject.name}: change log`, () => {
    let backend: ContractBackend
    let store: CredentialStore
    useFreshBackend(subject, (fresh, freshStore) => {
      backend = fresh
      store = freshStore
    })

    const login = (account: string) => ({ issuer: 'TRF4', account, secret: COURT_KEY })

    /** Collects a subscription's events; `until` waits for a count. */
    function watch(target: CredentialStore, since?: number) {
      const events: StoreEvent[] = []
      const stop = target.subscribe((event) => events.push(event), since === undefined ? {} : { since })
      return {
        events,
        stop,
        until: (count: number) => waitFor(() => events.length >= count),
      }
    }
    const seqs = (events: StoreEvent[]) => events.map((event) => event.seq)

    it('numbers a tenant’s changes 1, 2, 3… in commit order, batches included; another tenant counts apart', async () => {
      const other = await backend.store('firm-b', 'bia')
      const mine = watch(store)
      const theirs = watch(other)
      // Streams over HTTP connect asynchronously; writes wait for them (see client-events.ts).
      const a = await store.create(login('a'))
      await store.update(a.id, { label: 'x' }, { expectedVersion: 1 })
      await store.createMany([login('b'), login('c')])
      await store.remove(a.id)
      await other.create(login('z'))
      await mine.until(5)
      await theirs.until(1)
      expect(mine.events.map((event) => event.type)).toEqual([
        'created',
        'updated',
        'created',
        'created',
        'removed',
      ])
      expect(seqs(mine.events)).toEqual([1, 2, 3, 4, 5])
      expect(seqs(theirs.events)).toEqual([1])
      mine.stop()
      theirs.stop()
    })

    it('replays what came after `since`, once each and in order, then goes on live', async () => {
      const a = await store.create(login('a'))
      await store.update(a.id, { label: 'x' }, { expectedVersion: 1 })
      const b = await store.create(login('b'))
      const late = watch(store, 1)
      await late.until(2)
      expect(late.events).toMatchObject([
        { type: 'updated', id: a.id, version: 2, seq: 2 },
        { type: 'created', id: b.id, version: 1, seq: 3 },
      ])
      await store.remove(b.id)
      await late.until(3)
      await pause(100)
      expect(seqs(late.events)).toEqual([2, 3, 4])
      late.stop()
    })

    it('starts from the present without `since`, and with `since` equal to the latest change', async () => {
      await store.create(login('a'))
      await store.create(login('b'))
      const now = watch(store)
      const caughtUp = watch(store, 2)
      await store.create(login('c'))
      await now.until(1)
      await caughtUp.until(1)
      await pause(100)
      expect(seqs(now.events)).toEqual([3])
      expect(seqs(caughtUp.events)).toEqual([3])
      now.stop()
      caughtUp.stop()
    })

    it('sends one reset, then live changes, to a subscriber ahead of the log (another or a restored database)', async () => {
      await store.create(login('a'))
      const ahead = watch(store, 500)
      await ahead.until(1)
      expect(ahead.events).toEqual([{ type: 'reset', seq: 1 }])
      await store.create(login('b'))
      await ahead.until(2)
      expect(ahead.events[1]).toMatchObject({ type: 'created', seq: 2 })
      ahead.stop()
    })

    it('keeps a tenant’s latest 20,000 changes: further behind is one reset, within them a replay', async () => {
      // Three full batches: 30,000 changes. The log drops the oldest in steps of a thousand, so after the
      // third it holds 10,001 to 30,000 on every backend.
      for (let batch = 0; batch < 3; batch += 1) {
        const logins = Array.from({ length: MAX_CREATE_MANY }, (_, index) => login(`${batch}-${index}`))
        expect((await store.createMany(logins)).created).toHaveLength(MAX_CREATE_MANY)
      }
      const latest = 3 * MAX_CREATE_MANY
      const pruned = watch(store, latest - CHANGE_LOG_RETAINED - 1)
      await pruned.until(1)
      expect(pruned.events).toEqual([{ type: 'reset', seq: latest }])
      const recent = watch(store, latest - 5)
      await recent.until(5)
      expect(seqs(recent.events)).toEqual([latest - 4, latest - 3, latest - 2, latest - 1, latest])
      expect(recent.events.every((event) => event.type === 'created')).toBe(true)
      pruned.stop()
      recent.stop()
    }, 120_000)

    it('refuses a `since` that is not a change number as INVALID_INPUT', async () => {
      for (const since of [-1, 1.5, Number.NaN, '3' as never]) {
        const error = await expectStorageError(
          Promise.resolve().then(() => store.subscribe(() => undefined, { since })),
          'INVALID_INPUT',
        )
        expect(error.details).toMatchObject({ field: 'since' })
      }
    })
  })
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for change events')
    await pause(10)
  }
}
