/**
 * Starts the sandbox court: a node:http server on 127.0.0.1 only, state in memory, every login flow on
 * its own paths (README, "Login flows").
 *
 * @example
 *   const court = await startSandboxCourt({ port: 0 })
 *   console.log(court.loginUrl)      // http://127.0.0.1:40123/eproc/
 *   console.log(court.flows.pje)     // http://127.0.0.1:40123/pje/primeirograu/login.seam
 *   await court.close()
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { DEFAULT_USERS } from './default-users.js'
import { createRequestHandler } from './router.js'
import { createCourtState } from './state/court-state.js'
import { mailTo } from './state/mailbox.js'
import type { SandboxCourt, SandboxCourtOptions } from './types.js'

export const DEFAULT_PORT = 5180
const HOST = '127.0.0.1'

export async function startSandboxCourt(options: SandboxCourtOptions = {}): Promise<SandboxCourt> {
  const port = options.port ?? DEFAULT_PORT
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RangeError(`Porta inválida: ${String(port)} (use 0 a 65535).`)
  }
  // Checked at run time too: a JavaScript caller could pass another host, and the sandbox must never
  // listen beyond the loopback interface.
  if ((options.host ?? HOST) !== HOST) throw new RangeError('O tribunal sandbox só escuta em 127.0.0.1.')

  const court = createCourtState(options.users ?? DEFAULT_USERS, options.now ?? Date.now)
  const handle = createRequestHandler(court)
  const server = createServer((req, res) => void handle(req, res))

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, HOST, () => {
      server.off('error', reject)
      resolve()
    })
  })

  const url = `http://${HOST}:${(server.address() as AddressInfo).port}`
  let closing: Promise<void> | undefined
  return {
    url,
    loginUrl: `${url}/eproc/`,
    mailboxUrl: `${url}/caixa-postal/`,
    flows: {
      eproc: `${url}/eproc/`,
      keycloak: `${url}/eproc-keycloak/`,
      pje: `${url}/pje/primeirograu/login.seam`,
      esaj: `${url}/sajcas/login`,
    },
    addUser: (user) => court.addUser(user),
    messages: (to) => mailTo(court.mailbox.list(), to),
    reset: () => court.reset(),
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections() // keep-alive connections of browsers and fetch would hold close()
      })
      return closing
    },
  }
}
