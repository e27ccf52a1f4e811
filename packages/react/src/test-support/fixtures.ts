/**
 * Realistic data for tests, stories and benchmarks: lawyers' court credentials on a memory store sealed
 * with a fixed test key (real AES-256-GCM; only the key is not secret), and a clock frozen or driven by
 * hand. Not part of the published package.
 */
import { createClock, encodeBase32, type Clock } from '@a2f/core'
export { localeBundle } from './locales.js'
import {
  createCredentialStore,
  createMasterKeyring,
  createMemoryAdapter,
  storageError,
  type CredentialInput,
  type CredentialStore,
  type SealedCredentialStore,
} from '@a2f/storage'

/** 2026-11-21 14:00:10 UTC: 10 s into a 30 s window, so codes are not expiring. */
export const FIXED_NOW = Date.UTC(2026, 10, 21, 14, 0, 10)

/** The key of seed 001's example, as eproc shows it. */
export const EPROC_EXAMPLE_KEY = 'MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZBW'

export const OWNERS = [
  'Ana Beatriz Souza',
  'Carlos Eduardo Lima',
  'Fernanda Oliveira',
  'João Pedro Santos',
] as const

/** A small, varied office: validated and pending, several courts, one without a court system. */
export const SAMPLE_CREDENTIALS: CredentialInput[] = [
  {
    systemId: 'trf4-eproc',
    issuer: 'TRF4',
    account: 'RS054321',
    owner: OWNERS[0],
    secret: EPROC_EXAMPLE_KEY,
    status: 'validated',
    personalEmail: 'ana.souza@gmail.com',
  },
  {
    systemId: 'tjrs-eproc-1g',
    issuer: 'TJRS',
    account: 'RS054321',
    owner: OWNERS[0],
    secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
    status: 'validated',
  },
  {
    systemId: 'tjsc-eproc-1g',
    issuer: 'TJSC',
    account: 'SC012345',
    owner: OWNERS[1],
    secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
    status: 'pending',
  },
  {
    systemId: 'trf2-eproc',
    issuer: 'TRF2',
    account: 'RJ198765',
    owner: OWNERS[2],
    secret: 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU',
    status: 'validated',
  },
  {
    issuer: 'Intranet do escritório',
    account: 'fernanda',
    owner: OWNERS[2],
    secret: 'MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U',
    status: 'validated',
  },
]

export async function createTestStore(
  credentials: CredentialInput[] = SAMPLE_CREDENTIALS,
  options: { tenant?: string; now?: () => number } = {},
): Promise<SealedCredentialStore> {
  const keys = await createMasterKeyring({
    keys: { 'test-2026': new Uint8Array(32).fill(42) },
    current: 'test-2026',
  })
  const store = createCredentialStore({
    adapter: createMemoryAdapter(),
    keys,
    tenant: options.tenant ?? 'escritorio',
    actor: 'ana',
    ...(options.now ? { now: options.now } : {}),
  })
  for (const input of credentials) await store.create(input)
  return store
}

/**
 * `count` distinct credentials spread over the registry's eproc systems and four owners, for the
 * 1,000 and 10,000-row grids. Keys are derived from the index, so runs are reproducible.
 */
export function manyCredentials(count: number, systemIds: readonly string[]): CredentialInput[] {
  const result: CredentialInput[] = []
  for (let index = 0; index < count; index++) {
    const key = new Uint8Array(20)
    for (let byte = 0; byte < 20; byte++) key[byte] = (index * 31 + byte * 17 + (index >> 8)) & 0xff
    const systemId = systemIds[index % systemIds.length]
    result.push({
      ...(systemId ? { systemId } : {}),
      issuer: systemId ? systemId.split('-')[0]!.toUpperCase() : 'Escritório',
      account: `OAB${String(100000 + index)}`,
      owner: OWNERS[index % OWNERS.length]!,
      secret: encodeBase32(key),
      status: index % 7 === 0 ? 'pending' : 'validated',
    })
  }
  return result
}

/** A clock frozen at `at` (ticks still fire, time does not move): stable stories and screenshots. */
export function frozenClock(at: number = FIXED_NOW): Clock {
  return createClock({ now: () => at })
}

/** A clock whose time moves only when `advance(ms)` is called, firing due ticks: deterministic tests. */
export interface ManualClock extends Clock {
  advance(ms: number): void
  set(time: number): void
}

export function manualClock(start: number = FIXED_NOW): ManualClock {
  let time = start
  let nextHandle = 1
  const timers = new Map<number, { at: number; callback: () => void }>()
  const clock = createClock({
    now: () => time,
    setTimeout: (callback, ms) => {
      const handle = nextHandle++
      timers.set(handle, { at: time + Math.max(0, ms), callback })
      return handle
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
  })
  const runDue = (until: number) => {
    for (;;) {
      let due: [number, { at: number; callback: () => void }] | undefined
      for (const entry of timers) if (entry[1].at <= until && (!due || entry[1].at < due[1].at)) due = entry
      if (!due) break
      timers.delete(due[0])
      time = Math.max(time, due[1].at)
      due[1].callback()
    }
    time = until
  }
  return Object.assign(clock, {
    advance: (ms: number) => runDue(time + ms),
    set: (next: number) => runDue(next),
  })
}

/** A store whose reads never answer: the loading state. Writes still work. */
export function loadingStore(store: CredentialStore): CredentialStore {
  const never = () => new Promise<never>(() => {})
  return withOverrides(store, { list: never, getSummary: never, codes: never })
}

/** A store whose reads and writes fail as a database that is down does (UNAVAILABLE). */
export function failingStore(store: CredentialStore): CredentialStore {
  const fail = (operation: string) => () =>
    Promise.reject(storageError('UNAVAILABLE', { operation, adapter: 'test' }))
  return withOverrides(store, {
    list: fail('list'),
    getSummary: fail('getSummary'),
    get: fail('get'),
    codes: fail('codes'),
    create: fail('create'),
    createMany: fail('createMany'),
    update: fail('update'),
    remove: fail('remove'),
  })
}

/** A store that keeps keys to itself, as an HTTP store in 'codes-only' mode: `get` is SECRET_WITHHELD. */
export function codesOnlyStore(store: CredentialStore): CredentialStore {
  return withOverrides(store, {
    get: (id: string) => Promise.reject(storageError('SECRET_WITHHELD', { id })),
  })
}

/** `store` with some methods replaced, the rest bound to it. */
export function withOverrides(store: CredentialStore, overrides: Partial<CredentialStore>): CredentialStore {
  // Methods are bound so the wrapper behaves exactly like the store for everything not overridden.
  return {
    tenant: store.tenant,
    list: store.list.bind(store),
    getSummary: store.getSummary.bind(store),
    get: store.get.bind(store),
    create: store.create.bind(store),
    createMany: store.createMany.bind(store),
    update: store.update.bind(store),
    remove: store.remove.bind(store),
    codes: store.codes.bind(store),
    claimCode: store.claimCode.bind(store),
    inspect: store.inspect.bind(store),
    history: store.history.bind(store),
    subscribe: store.subscribe.bind(store),
    ...overrides,
  }
}
