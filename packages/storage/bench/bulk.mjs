/**
 * Moving a firm in: 10,000 credentials created, imported (otpauth URIs) and restored (an a2f backup)
 * through `createMany`, each beside today's loop in the same run — the same importer code over a store
 * whose `createMany` is one `create` after another, which is what imports did before batches. Fresh
 * tenants for each, so no run sees another's rows. Runs in Node and, bundled, in Chromium.
 */
import { encodeBase32 } from '@a2f/core'
import {
  createCredentialStore,
  createMasterKeyring,
  createMemoryAdapter,
  exportBackup,
  importBackup,
  importOtpauthUris,
  isStorageError,
} from '../dist/index.js'

const PASSPHRASE = 'cavalo correto bateria grampo'
/** Low scrypt cost: the restore, not the key derivation, is measured. */
const KDF = { N: 2 ** 10, r: 8, p: 1 }

async function timed(fn) {
  const start = performance.now()
  const result = await fn()
  return { ms: performance.now() - start, result }
}

/** The firm's credentials as `create` takes them, with fresh random keys. */
export function firmInputs(count) {
  return Array.from({ length: count }, (_, i) => ({
    issuer: ['TRF4', 'TJRS', 'TJSC', 'TRF2', 'TJTO'][i % 5],
    account: `advogado.${i}`,
    owner: `Advogada ${i % 97}`,
    secret: crypto.getRandomValues(new Uint8Array(20)),
  }))
}

/** A store whose `createMany` is today's loop: one `create` (one transaction) after another. */
function loopStore(store) {
  return {
    ...store,
    async createMany(inputs, options = {}) {
      const report = { created: [], skipped: [], failed: [] }
      for (const [index, input] of inputs.entries()) {
        try {
          report.created.push(await store.create(input))
        } catch (error) {
          const skip = options.onExisting === 'skip' && isStorageError(error, 'ALREADY_EXISTS')
          report[skip ? 'skipped' : 'failed'].push({ index, code: error.code ?? 'UNEXPECTED', message: '' })
        }
      }
      return report
    },
  }
}

function expectAll(name, what, report, count) {
  const done = report.created?.length ?? report.imported.length
  if (done !== count || report.failed.length > 0) {
    throw new Error(`${name}: ${what} wrote ${done} of ${count} (${report.failed.length} failed)`)
  }
}

/**
 * `storeFor(tenant)` gives a store of a fresh tenant on the backend under test. Returns ms for each
 * operation, batched and looped.
 */
export async function measureBulk(name, storeFor, count) {
  const inputs = firmInputs(count)
  const uris = inputs
    .map((input) => {
      const label = encodeURIComponent(`${input.issuer}:${input.account}`)
      return `otpauth://totp/${label}?secret=${encodeBase32(input.secret)}&issuer=${input.issuer}`
    })
    .join('\n')
  // The backup is written once from a memory store: its cost is not what is measured.
  const keys = await createMasterKeyring({
    keys: { bulk: crypto.getRandomValues(new Uint8Array(32)) },
    current: 'bulk',
  })
  const source = createCredentialStore({ adapter: createMemoryAdapter(), keys, tenant: 'source' })
  await source.createMany(inputs)
  const { text: backup } = await exportBackup(source, { passphrase: PASSPHRASE, kdf: KDF })

  const many = await timed(async () => (await storeFor('bulk-create')).createMany(inputs))
  expectAll(name, 'createMany', many.result, count)
  const importLoop = await timed(async () =>
    importOtpauthUris(loopStore(await storeFor('bulk-import-loop')), uris),
  )
  expectAll(name, 'import (loop)', importLoop.result, count)
  const imported = await timed(async () => importOtpauthUris(await storeFor('bulk-import'), uris))
  expectAll(name, 'import', imported.result, count)
  const restoreLoop = await timed(async () =>
    importBackup(loopStore(await storeFor('bulk-restore-loop')), backup, { passphrase: PASSPHRASE }),
  )
  expectAll(name, 'restore (loop)', restoreLoop.result, count)
  const restored = await timed(async () =>
    importBackup(await storeFor('bulk-restore'), backup, { passphrase: PASSPHRASE }),
  )
  expectAll(name, 'restore', restored.result, count)
  return {
    createManyMs: many.ms,
    importLoopMs: importLoop.ms,
    importMs: imported.ms,
    restoreLoopMs: restoreLoop.ms,
    restoreMs: restored.ms,
  }
}
