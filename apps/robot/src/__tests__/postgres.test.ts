/**
 * The robot on PostgreSQL (`--database <url>`, or A2F_DATABASE_URL): a real server, the same commands.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { EXIT } from '../cli/exit-codes.js'
import { runCli } from '../cli/run-cli.js'
import { openStore } from '../store/open-store.js'
import { captureOutput } from './support/capture-output.js'
import { BACKUP_PASSPHRASE, FAST_KDF, makeBackup } from './support/make-backup.js'
import { createTestDatabase, type TestDatabase } from './support/postgres-database.js'

const ROBOT_PASSPHRASE = 'frase-do-robô-pg'
const PASSWORD = 'senha-do-tribunal-pg'

let database: TestDatabase
let dir: string

beforeAll(async () => {
  database = await createTestDatabase()
  dir = mkdtempSync(join(tmpdir(), 'a2f-robot-pg-'))
}, 120_000)

afterAll(async () => {
  await database?.dispose()
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true })
})

async function cli(args: string[], env: Record<string, string>) {
  const io = captureOutput()
  const code = await runCli(
    args,
    { A2F_ROBOT_PASSPHRASE: ROBOT_PASSPHRASE, A2F_BACKUP_PASSPHRASE: BACKUP_PASSPHRASE, ...env },
    io,
    {
      kdf: FAST_KDF,
      cwd: dir,
    },
  )
  return { code, io }
}

it('imports, lists and re-imports on PostgreSQL, secrets sealed in the rows', async () => {
  const backup = join(dir, 'copia.json')
  writeFileSync(
    backup,
    await makeBackup([
      {
        id: 'cred-pg',
        systemId: 'trf4-eproc',
        issuer: 'TRF4',
        account: 'RS012345',
        secret: 'JBSWY3DPEHPK3PXP',
        password: PASSWORD,
      },
    ]),
  )

  const imported = await cli(['import', backup, '--database', database.url], {})
  expect(imported.code).toBe(EXIT.ok)
  expect(imported.io.stderr).toEqual(['Cofre novo criado (PostgreSQL).'])
  expect(imported.io.stdout).toEqual(['1 credencial importada:', '  TRF4 · RS012345'])

  // The environment variable instead of the flag: the same database.
  const listed = await cli(['list'], { A2F_DATABASE_URL: database.url })
  expect(listed.io.stdout).toEqual(['cred-pg\ttrf4-eproc\tTRF4\tRS012345\tpendente'])
  const again = await cli(['import', backup], { A2F_DATABASE_URL: database.url })
  expect(again.io.stdout[0]).toBe('Nenhuma credencial nova importada.')
  expect(again.io.all()).not.toContain(database.url)

  const rows = await database.query<Record<string, unknown>>('select * from a2f_credentials')
  expect(rows).toHaveLength(1)
  expect(rows[0]).toMatchObject({ tenant: 'default', id: 'cred-pg', account: 'RS012345' })
  expect(JSON.stringify(rows)).not.toContain(PASSWORD)
  expect(JSON.stringify(rows)).not.toContain('JBSWY3DPEHPK3PXP')

  const robot = await openStore({
    location: { kind: 'postgres', url: database.url },
    passphrase: ROBOT_PASSPHRASE,
  })
  try {
    expect(robot.backend).toBe('postgres')
    expect((await robot.store.get('cred-pg')).password).toBe(PASSWORD)
  } finally {
    await robot.close()
  }
})
