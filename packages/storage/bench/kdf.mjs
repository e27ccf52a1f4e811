/**
 * Unlock time: what opening a passphrase vault costs at the default scrypt parameters (and so what each
 * guess costs an attacker with the same hardware), next to Node's native scrypt on the same parameters
 * and next to Aegis's parameters.
 */
import { scryptSync } from 'node:crypto'
import { createMemoryAdapter, createVault, unlockVault, DEFAULT_KDF_COST } from '../dist/index.js'
import { median } from './stats.mjs'

const PASSPHRASE = 'cavalo correto bateria grampo'

export async function measureUnlock({ runs = 7 } = {}) {
  const adapter = createMemoryAdapter()
  await createVault(adapter, { passphrase: PASSPHRASE })
  const { N, r, p } = DEFAULT_KDF_COST
  const salt = new Uint8Array(32)
  const unlock = []
  const native = []
  const aegis = []
  for (let i = 0; i < runs; i++) {
    // Interleaved, so a slow moment of the machine lands on all three alike.
    let start = performance.now()
    await unlockVault(adapter, { passphrase: PASSPHRASE })
    unlock.push(performance.now() - start)
    start = performance.now()
    scryptSync(PASSPHRASE, salt, 32, { N, r, p, maxmem: 2 ** 30 })
    native.push(performance.now() - start)
    start = performance.now()
    await unlockVaultWithCost(N / 4)
    aegis.push(performance.now() - start)
  }
  return {
    params: { N, r, p, memoryMiB: (128 * N * r) / 2 ** 20 },
    unlockMs: median(unlock),
    nativeScryptMs: median(native),
    aegisCostMs: median(aegis),
  }
}

const aegisAdapter = createMemoryAdapter()
let aegisReady
async function unlockVaultWithCost(N) {
  aegisReady ??= createVault(aegisAdapter, { passphrase: PASSPHRASE, kdf: { N } })
  await aegisReady
  await unlockVault(aegisAdapter, { passphrase: PASSPHRASE })
}
