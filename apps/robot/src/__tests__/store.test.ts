import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createMemoryAdapter, isStorageError, type StorageAdapter } from '@a2f/storage'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXIT } from '../cli/exit-codes.js'
import { runCli } from '../cli/run-cli.js'
import { openStore } from '../store/open-store.js'
import type { StoreLocation } from '../store/store-location.js'
import { captureOutput } from './support/capture-output.js'
import { BACKUP_PASSPHRASE, FAST_KDF, makeBackup } from './support/make-backup.js'

const ROBOT_PASSPHRASE = 'frase-do-robô-2026'
const KEY = 'MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZBW'
const COURT_PASSWORD = 'senha-do-tribunal-123'

let dir: string
let backupFile: string
const env = () => ({
  A2F_ROBOT_PASSPHRASE: ROBOT_PASSPHRASE,
  A2F_BACKUP_PASSPHRASE: BACKUP_PASSPHRASE,
  A2F_ROBOT_DATA_DIR: join(dir, 'dados'),
})
const cli = (args: string[], environment: Record<string, string> = env()) => {
  const io = captureOutput()
  return runCli(args, environment, io, { kdf: FAST_KDF, cwd: dir }).then((code) => ({ code, io }))
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'a2f-robot-store-'))
  backupFile = join(dir, 'copia.a2f-backup.json')
  const text = await makeBackup([
    {
      id: 'cred-trf4',
      systemId: 'trf4-eproc',
      issuer: 'TRF4',
      account: 'RS012345',
      owner: 'Dra. Conceição Araújo',
      secret: KEY,
      password: COURT_PASSWORD,
      status: 'validated',
    },
    {
      id: 'cred-tjsc',
      systemId: 'tjsc-eproc',
      issuer: 'TJSC',
      account: 'SC067890',
      secret: 'JBSWY3DPEHPK3PXP',
    },
  ])
  writeFileSync(backupFile, text)
})

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('import and list on PGlite', () => {
  it('imports a backup into a new vault, lists it, and keeps the secrets sealed but openable', async () => {
    const first = await cli(['import', backupFile])
    expect(first.code).toBe(EXIT.ok)
    expect(first.io.stderr[0]).toMatch(/^Cofre novo criado \(PGlite em .*dados\)\.$/)
    expect(first.io.stdout).toEqual(['2 credenciais importadas:', '  TRF4 · RS012345', '  TJSC · SC067890'])

    const listed = await cli(['list'])
    expect(listed.code).toBe(EXIT.ok)
    expect(listed.io.stdout).toEqual([
      'cred-trf4\ttrf4-eproc\tTRF4\tRS012345\tvalidada',
      'cred-tjsc\ttjsc-eproc\tTJSC\tSC067890\tpendente',
    ])
    for (const secret of [ROBOT_PASSPHRASE, BACKUP_PASSPHRASE, COURT_PASSWORD, 'MMZD', 'MMZDIMRU']) {
      expect(first.io.all() + listed.io.all()).not.toContain(secret)
    }

    // The same directory, opened as the robot's login does: the key and password come back.
    const robot = await openStore({
      location: { kind: 'pglite', dataDir: join(dir, 'dados') },
      passphrase: ROBOT_PASSPHRASE,
    })
    try {
      expect(robot.vaultCreated).toBe(false)
      expect(robot.backend).toBe('pglite')
      const credential = await robot.store.get('cred-trf4')
      expect(credential.password).toBe(COURT_PASSWORD)
      expect(credential.secret).toHaveLength(20)
      const history = await robot.store.history({ credentialId: 'cred-trf4' })
      expect(history.map((entry) => entry.actor)).toEqual(['robot', 'robot'])
    } finally {
      await robot.close()
    }
  })

  it('importing the same backup again keeps what is there (skipped, exit 0)', async () => {
    const again = await cli(['import', backupFile])
    expect(again.code).toBe(EXIT.ok)
    expect(again.io.stdout).toEqual([
      'Nenhuma credencial nova importada.',
      '2 credenciais já existiam e foram mantidas como estavam:',
      '  TRF4 · RS012345 (posição 1)',
      '  TJSC · SC067890 (posição 2)',
    ])
    expect((await cli(['list'])).io.stdout).toHaveLength(2)
  })

  it('says which passphrase is wrong, and changes nothing', async () => {
    const wrongVault = await cli(['list'], { ...env(), A2F_ROBOT_PASSPHRASE: 'outra-frase-qualquer' })
    expect(wrongVault.code).toBe(EXIT.unexpected)
    expect(wrongVault.io.stderr).toEqual([
      'A frase-senha do cofre (A2F_ROBOT_PASSPHRASE) não abre o cofre deste armazenamento. Nada foi alterado.',
    ])
    const wrongBackup = await cli(['import', backupFile], {
      ...env(),
      A2F_BACKUP_PASSPHRASE: 'não-é-esta-frase',
    })
    expect(wrongBackup.code).toBe(EXIT.unexpected)
    expect(wrongBackup.io.stderr).toEqual([
      'A frase-senha da cópia de segurança (A2F_BACKUP_PASSPHRASE) não confere. Nada foi importado.',
    ])
    expect(wrongBackup.io.all()).not.toContain('não-é-esta-frase')
  })

  it('refuses a missing passphrase, a missing file and an edited backup before touching the store', async () => {
    const empty = join(dir, 'nunca-criado')
    const environment = { ...env(), A2F_ROBOT_DATA_DIR: empty }
    const noPassphrase = await cli(['list'], { A2F_ROBOT_DATA_DIR: empty })
    expect(noPassphrase).toMatchObject({ code: EXIT.usage })
    expect(noPassphrase.io.stderr).toEqual([
      'Defina A2F_ROBOT_PASSPHRASE com a frase-senha do cofre do robô.',
    ])
    const noBackupPassphrase = await cli(['import', backupFile], {
      ...environment,
      A2F_BACKUP_PASSPHRASE: '',
    })
    expect(noBackupPassphrase.code).toBe(EXIT.usage)
    const noFile = await cli(['import', join(dir, 'nao-existe.json')], environment)
    expect(noFile.code).toBe(EXIT.usage)
    expect(noFile.io.stderr[0]).toMatch(/^Arquivo não encontrado: /)

    expect(existsSync(empty)).toBe(false)
  })

  it('refuses a truncated backup and imports nothing', async () => {
    const edited = join(dir, 'editada.json')
    writeFileSync(edited, '{"format":"a2f-backup"')
    const truncated = await cli(['import', edited])
    expect(truncated.code).toBe(EXIT.unexpected)
    expect(truncated.io.stderr).toEqual([
      'O arquivo não é uma cópia de segurança do a2f (não é JSON, ou está incompleto).',
    ])
    expect((await cli(['list'])).io.stdout).toHaveLength(2)
  })

  it('refuses a vault passphrase under 8 characters on first use', async () => {
    const short = await cli(['list'], {
      A2F_ROBOT_PASSPHRASE: 'curta',
      A2F_ROBOT_DATA_DIR: join(dir, 'curta'),
    })
    expect(short.code).toBe(EXIT.unexpected)
    expect(short.io.stderr).toEqual([
      'A frase-senha (A2F_ROBOT_PASSPHRASE) precisa ter pelo menos 8 caracteres.',
    ])
  })
})

describe('openStore', () => {
  it('hands a PostgreSQL location to the PostgreSQL adapter factory (URL never printed)', async () => {
    const seen: StoreLocation[] = []
    const adapters: StorageAdapter[] = []
    const adapterFor = async (location: StoreLocation) => {
      seen.push(location)
      const adapter = Object.assign(createMemoryAdapter(), { name: 'postgres' })
      adapters.push(adapter)
      return adapter
    }
    const url = 'postgres://robot:senha-do-banco@db.local/a2f'
    const io = captureOutput()
    const code = await runCli(
      ['list'],
      { A2F_ROBOT_PASSPHRASE: ROBOT_PASSPHRASE, A2F_DATABASE_URL: url },
      io,
      {
        kdf: FAST_KDF,
        adapterFor,
      },
    )
    expect(code).toBe(EXIT.ok)
    expect(seen).toEqual([{ kind: 'postgres', url }])
    expect(io.stderr).toEqual(['Cofre novo criado (PostgreSQL).', 'Nenhuma credencial guardada.'])
    expect(io.all()).not.toContain('senha-do-banco')
  })

  it('closes the adapter when the vault does not open', async () => {
    let closed = 0
    const adapter = createMemoryAdapter()
    const tracked = Object.assign(adapter, { close: async () => void (closed += 1) })
    const location: StoreLocation = { kind: 'pglite', dataDir: dir }
    const first = await openStore({
      location,
      passphrase: ROBOT_PASSPHRASE,
      kdf: FAST_KDF,
      adapterFor: async () => tracked,
    })
    await first.close()
    expect(closed).toBe(1)
    const error = await openStore({
      location,
      passphrase: 'errada-errada',
      adapterFor: async () => tracked,
    }).catch((caught: unknown) => caught)
    expect(isStorageError(error, 'WRONG_PASSPHRASE')).toBe(true)
    expect(closed).toBe(2)
  })
})
