/**
 * Starts `next start` over the production build on 127.0.0.1 at a free port, waits until it answers,
 * and stops it by its own pid. Fails with the build command when there is no build.
 *
 * @example
 * const server = await startNextServer()
 * await page.goto(server.url)
 * await server.stop()
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'

const APP = fileURLToPath(new URL('..', import.meta.url))
const NEXT = `${APP}node_modules/next/dist/bin/next`

export interface NextServer {
  url: string
  stop(): Promise<void>
}

/** A port nobody listens on now: the system picks it, we release it and hand it to Next. */
async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise((resolve) => server.close(resolve))
  if (address === null || typeof address === 'string') throw new Error('no TCP port')
  return address.port
}

export async function startNextServer(): Promise<NextServer> {
  if (!existsSync(`${APP}.next/BUILD_ID`)) {
    throw new Error(
      'apps/next-example has no production build: run `pnpm turbo run build --filter=@a2f/next-example`',
    )
  }
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child: ChildProcess = spawn(
    process.execPath,
    [NEXT, 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      cwd: APP,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    process.kill(child.pid, 'SIGTERM')
    await exited
  }
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output}`)
    try {
      if ((await fetch(url)).ok) return { url, stop }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  await stop()
  throw new Error(`next start did not answer on ${url} within 30 s:\n${output}`)
}
