/**
 * Create, list and open 10,000 credentials through a store on one adapter, each next to the same work
 * on the bare adapter with rows already sealed — so the ratio is what sealing, checking and the audit
 * trail cost on top of the backend. Runs in Node and, bundled, in Chromium (no Node API).
 */
import { createCredentialStore, createMasterKeyring } from '../dist/index.js'
import { measureBulk } from './bulk.mjs'
import { median } from './stats.mjs'

export const COUNT = 10_000

const randomBytes = (length) => crypto.getRandomValues(new Uint8Array(length))

const masterKey = randomBytes(32)
/** A fresh key ring (nothing opened yet) over the same master key. */
export const keyring = () => createMasterKeyring({ keys: { bench: masterKey }, current: 'bench' })
const keysPromise = keyring()

/**
 * The first `store.codes()` (every key opened) with a fresh key ring each time, so nothing is cached:
 * as shipped (in Node, sealed values open synchronously with the key's native key object) beside the
 * same store opening every value through WebCrypto, as before and as in a browser. Interleaved, median
 * of `runs` each. WebCrypto-only is a Node runtime without `process.getBuiltinModule` while the keys are
 * first used; where there is no such function (a browser) both are the same path and only one is run.
 */
export async function measureFirstCodes(adapter, { tenant = 'bench', count = COUNT, runs = 5 } = {}) {
  const host = globalThis.process
  const canCompare = typeof host?.getBuiltinModule === 'function'
  const times = { shipped: [], webCrypto: [] }
  const once = async (way) => {
    const store = createCredentialStore({ adapter, keys: await keyring(), tenant })
    const saved = host?.getBuiltinModule
    if (way === 'webCrypto') host.getBuiltinModule = undefined
    try {
      const { ms, result } = await timed(() => store.codes())
      if (result.codes.length !== count) throw new Error(`first codes for ${result.codes.length}`)
      times[way].push(ms)
    } finally {
      if (way === 'webCrypto') host.getBuiltinModule = saved
    }
  }
  for (let run = 0; run < runs; run++) {
    const order = !canCompare ? ['shipped'] : run % 2 ? ['webCrypto', 'shipped'] : ['shipped', 'webCrypto']
    for (const way of order) await once(way)
  }
  return {
    codesFirstMs: median(times.shipped),
    ...(canCompare ? { codesFirstWebCryptoMs: median(times.webCrypto) } : {}),
  }
}

async function timed(fn) {
  const start = performance.now()
  const result = await fn()
  return { ms: performance.now() - start, result }
}

/**
 * subject: { name, adapter?: StorageAdapter (for the bare-adapter baseline), store(tenant): CredentialStore,
 *   bulkStore?(tenant, keys): CredentialStore (the stores of the bulk runs, when they differ) }
 */
export async function measureAdapter(subject, { count = COUNT } = {}) {
  const keys = await keysPromise
  const store = subject.store
    ? await subject.store('bench')
    : createCredentialStore({ adapter: subject.adapter, keys, tenant: 'bench', actor: 'bench' })
  const inputs = Array.from({ length: count }, (_, i) => ({
    issuer: ['TRF4', 'TJRS', 'TJSC', 'TRF2', 'TJTO'][i % 5],
    account: `advogado.${i}`,
    owner: `Advogada ${i % 97}`,
    secret: randomBytes(20),
  }))

  const create = await timed(async () => {
    for (const input of inputs) await store.create(input)
  })
  const listTimes = []
  let listed
  for (let i = 0; i < 5; i++) {
    const { ms, result } = await timed(() => store.list())
    listTimes.push(ms)
    listed = result
  }
  if (listed.length !== count) throw new Error(`${subject.name}: listed ${listed.length}, expected ${count}`)
  const ids = listed.map((item) => item.id)
  const open = await timed(async () => {
    for (const id of ids) await store.get(id)
  })
  const codesFirst = await timed(() => store.codes())
  const codesAgain = await timed(() => store.codes())
  if (codesAgain.result.codes.length !== count)
    throw new Error(`${subject.name}: codes for ${codesAgain.result.codes.length}`)

  const result = {
    name: subject.name,
    createMs: create.ms,
    listMs: median(listTimes),
    openMs: open.ms,
    codesFirstMs: codesFirst.ms,
    codesMs: codesAgain.ms,
  }
  // In-process stores: the first codes() again with fresh key rings, median, beside WebCrypto only.
  if (subject.adapter && !subject.store)
    Object.assign(result, await measureFirstCodes(subject.adapter, { count }))

  if (subject.adapter) {
    // The same work on the bare adapter: rows already sealed, no checks, no audit entry for reads.
    const rows = await subject.adapter.list('bench')
    const audit = { at: Date.now(), action: 'create', credentialId: '' }
    const rawCreate = await timed(async () => {
      for (const row of rows)
        await subject.adapter.insert('bench-raw', row, { ...audit, credentialId: row.id })
    })
    const rawList = []
    for (let i = 0; i < 5; i++) rawList.push((await timed(() => subject.adapter.list('bench-raw'))).ms)
    const rawOpen = await timed(async () => {
      for (const id of ids) await subject.adapter.get('bench-raw', id)
    })
    Object.assign(result, { rawCreateMs: rawCreate.ms, rawListMs: median(rawList), rawOpenMs: rawOpen.ms })
  }

  // Moving a firm in: createMany, import and restore, each beside today's loop (bulk.mjs).
  const storeFor = (tenant) =>
    subject.bulkStore
      ? subject.bulkStore(tenant, keys)
      : subject.store
        ? subject.store(tenant)
        : createCredentialStore({ adapter: subject.adapter, keys, tenant, actor: 'bench' })
  Object.assign(result, await measureBulk(subject.name, storeFor, count))
  return result
}
