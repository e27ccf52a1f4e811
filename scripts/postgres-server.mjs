/**
 * A throwaway PostgreSQL server for tests and benchmarks: the server installed by the distribution
 * (`/usr/lib/postgresql/<version>/bin`) initialised in a fresh temporary directory and started on a free
 * port of 127.0.0.1 (a Unix socket in the same directory, no fsync: the data is thrown away). Under root,
 * which initdb refuses, it runs as the `postgres` OS user. Without the binaries it throws, saying what to
 * install: callers never skip for want of a server.
 *
 * `startPostgres()` → `{ url, stop }`; `stop()` stops the server and removes the directory (also run
 * on process exit as a last resort).
 */
import { execFile, execFileSync } from 'node:child_process'
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir, userInfo } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

export async function startPostgres() {
  const bin = findBinDir()
  const asPostgres = userInfo().uid === 0
  const base = mkdtempSync(join(tmpdir(), 'a2f-pg-'))
  const dataDir = join(base, 'data')
  const socketDir = join(base, 'socket')
  const logFile = join(base, 'server.log')
  mkdirSync(socketDir)
  if (asPostgres) {
    const { uid, gid } = postgresUser()
    for (const path of [base, socketDir]) chownSync(path, uid, gid)
  }
  // As root: through runuser, so the server and its files belong to `postgres`.
  const tool = (name, args) =>
    asPostgres ? ['runuser', ['-u', 'postgres', '--', join(bin, name), ...args]] : [join(bin, name), args]

  let started = false
  const stop = async () => {
    process.off('exit', stopNow)
    try {
      if (started) await run(...tool('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']))
    } finally {
      started = false
      rmSync(base, { recursive: true, force: true })
    }
  }
  // Last resort when the run dies without calling the teardown (an uncaught error in vitest itself).
  const stopNow = () => {
    if (!started) return
    try {
      execFileSync(...tool('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']), { stdio: 'ignore' })
      rmSync(base, { recursive: true, force: true })
    } catch {
      // Nothing more can be done while the process exits.
    }
  }
  process.on('exit', stopNow)

  try {
    await run(
      ...tool('initdb', [
        '-D',
        dataDir,
        '-A',
        'trust',
        '-U',
        'postgres',
        '-E',
        'UTF8',
        '--locale=C',
        '--no-sync',
      ]),
    )
    const port = await freePort()
    const serverOptions = `-h 127.0.0.1 -p ${port} -k ${socketDir} -c fsync=off -c max_connections=200`
    started = true
    await run(...tool('pg_ctl', ['-D', dataDir, '-l', logFile, '-o', serverOptions, '-w', 'start']))
    return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop }
  } catch (error) {
    const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-2000) : ''
    await stop().catch(() => undefined)
    throw new Error(`Could not start the PostgreSQL test server.${log ? `\n${log}` : ''}`, { cause: error })
  }
}

/** The newest `/usr/lib/postgresql/<version>/bin` holding initdb and pg_ctl. */
function findBinDir() {
  const root = '/usr/lib/postgresql'
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
    : []
  for (const version of versions) {
    const bin = join(root, version, 'bin')
    if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'))) return bin
  }
  throw new Error(
    `PostgreSQL server not found (no ${root}/*/bin/initdb and pg_ctl): apt-get install -y postgresql, or set DATABASE_URL`,
  )
}

function postgresUser() {
  try {
    const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim())
    return { uid: id('-u'), gid: id('-g') }
  } catch (error) {
    throw new Error(
      'Running as root, PostgreSQL must run as the `postgres` OS user, which does not exist: apt-get install -y postgresql, or set DATABASE_URL',
      { cause: error },
    )
  }
}

/** A port the OS just had free on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('no port')),
      )
    })
  })
}
