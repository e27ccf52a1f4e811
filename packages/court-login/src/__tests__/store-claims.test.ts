/**
 * loginToCourt with `codes: { store, id }` on @a2f/storage's real stores (memory and PGlite): the
 * store's `claimCode` hands each counter of an authenticator to one login only, so logins at two systems
 * of one group (the classic eproc and its Keycloak realm share the account and the key, as the 4th
 * Region's systems do) never submit the same code, and no "já foi utilizado" answer burns an attempt.
 */
import { generateSecret } from '@a2f/core'
import { afterAll, describe, expect, it } from 'vitest'
import { codesSubmitted, useHarness } from './support/harness.js'
import { realStore, type TestStore } from './support/real-store.js'
import { PERIOD_MS } from './support/test-clock.js'

const USER = { login: 'ROBO07', password: 'senha-claims-robô', name: 'Dra. Claims de Teste' }
const h = useHarness()
const stores: TestStore[] = []

afterAll(async () => {
  for (const store of stores) await store.close()
})

describe.each(['memory', 'pglite'] as const)("loginToCourt with a %s store's claimCode", (kind) => {
  it('two systems of one group, one authenticator: one code each, the second a window later', async () => {
    const key = generateSecret()
    h.court.addUser({ ...USER, totpSecret: key })
    h.clock.nextWindowAt(2000)
    h.clock.sleeps.length = 0
    const test = await realStore(kind, h.clock.now)
    stores.push(test)
    const classicId = await test.add('sandbox-eproc', USER.login, key)
    const realmId = await test.add('sandbox-eproc-keycloak', USER.login, key)
    const credential = { login: USER.login, password: USER.password }

    const classic = await h.run({
      system: h.system('eproc-form'),
      credential,
      codes: { store: test.store, id: classicId },
    })
    const realm = await h.run({
      system: h.system('keycloak'),
      credential,
      codes: { store: test.store, id: realmId },
    })
    expect(classic.outcome).toEqual({ kind: 'logged-in', name: USER.name })
    expect(realm.outcome).toMatchObject({ kind: 'logged-in', name: USER.name })
    // No "já foi utilizado": the store gave this window's counter to the first login only.
    expect([codesSubmitted(classic.events), codesSubmitted(realm.events)]).toEqual([1, 1])
    expect(classic.events).not.toContainEqual(expect.objectContaining({ kind: 'waiting' }))
    expect(realm.events).toContainEqual({ kind: 'waiting', ms: PERIOD_MS - 2000, reason: 'window-ending' })
    expect(h.clock.sleeps).toEqual([PERIOD_MS - 2000])
  })

  it('a code the court saw from elsewhere: "já foi utilizado", then the next claimed counter', async () => {
    const key = generateSecret()
    h.court.addUser({ ...USER, totpSecret: key })
    h.clock.nextWindowAt(2000)
    h.clock.sleeps.length = 0
    // Two databases that do not know each other's claims (two firms' robots, or a person by hand).
    const [first, second] = [await realStore(kind, h.clock.now), await realStore(kind, h.clock.now)]
    stores.push(first, second)
    const credential = { login: USER.login, password: USER.password }
    const one = await h.run({
      system: h.system('eproc-form'),
      credential,
      codes: { store: first.store, id: await first.add('sandbox-eproc', USER.login, key) },
    })
    const other = await h.run({
      system: h.system('eproc-form'),
      credential,
      codes: { store: second.store, id: await second.add('sandbox-eproc', USER.login, key) },
    })
    expect(one.outcome.kind).toBe('logged-in')
    expect(other.outcome).toEqual({ kind: 'logged-in', name: USER.name })
    expect(codesSubmitted(other.events)).toBe(2)
    expect(other.events).toContainEqual({ kind: 'waiting', ms: PERIOD_MS - 2000, reason: 'code-used' })
  })
})
