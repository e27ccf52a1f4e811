// A credential server for development and as a template: node:http on 127.0.0.1, the HTTP handler of
// @a2f/storage at /api/a2f, credentials in memory, sealed with a master key ring.
//
//   corepack pnpm --filter @a2f/storage build
//   node packages/storage/examples/http-server.mjs
//
// Environment:
//   PORT             default 8787 (0: any free port; the address is printed)
//   A2F_MASTER_KEYS  'id:base64,id:base64', the first one current (see parseMasterKeys). Without it a
//                    random development key is made: nothing sealed with it opens after a restart.
//   A2F_TOKENS       'token:tenant:user,…' bearer tokens. Without it one development token is made and
//                    printed.
//   A2F_SECRETS      'codes-only' (default: browsers get codes, never keys) or 'reveal'.
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import {
  createCredentialStore,
  createMasterKeyring,
  createMemoryAdapter,
  generateMasterKey,
  parseMasterKeys,
} from '@a2f/storage'
import { createHttpHandler, toNodeListener } from '@a2f/storage/http'

const port = Number(process.env.PORT ?? 8787)
const basePath = '/api/a2f'

// Keys. A real deployment reads A2F_MASTER_KEYS from a secret manager; rotate by putting a new key first.
let masterKeys = process.env.A2F_MASTER_KEYS
if (!masterKeys) {
  console.warn('Warning: A2F_MASTER_KEYS is not set; using a random development key (lost on exit).')
  masterKeys = `dev:${generateMasterKey()}`
}
const keys = await createMasterKeyring(parseMasterKeys(masterKeys))

// Storage. Memory is gone on exit; to keep credentials on disk, use PGlite (npm i @electric-sql/pglite):
//   import { createPGliteAdapter } from '@a2f/storage/pglite'
//   const adapter = createPGliteAdapter({ dataDir: './data/a2f' })
// or PostgreSQL (npm i pg):
//   import { createPostgresAdapter } from '@a2f/storage/postgres'
//   const adapter = createPostgresAdapter({ connectionString: process.env.DATABASE_URL })
const adapter = createMemoryAdapter()

// Who is calling: bearer tokens from A2F_TOKENS. A real server would check a session or an OIDC token.
const tokens = new Map()
for (const entry of (process.env.A2F_TOKENS ?? '').split(',').map((part) => part.trim())) {
  if (entry === '') continue
  const [token, tenant, user, ...rest] = entry.split(':')
  if (!token || !tenant || !user || rest.length > 0) {
    console.error(
      `A2F_TOKENS: expected token:tenant:user, got an entry with ${entry.split(':').length} parts`,
    )
    process.exit(2)
  }
  tokens.set(token, { tenant, user })
}
if (tokens.size === 0) {
  const token = randomBytes(18).toString('base64url')
  tokens.set(token, { tenant: 'dev', user: 'developer' })
  console.log(`Development token (tenant dev, user developer): ${token}`)
}

const handler = createHttpHandler({
  basePath,
  secrets: process.env.A2F_SECRETS === 'reveal' ? 'reveal' : 'codes-only',
  authorize(request) {
    const match = /^Bearer (\S+)$/.exec(request.headers.get('authorization') ?? '')
    return (match && tokens.get(match[1])) ?? null
  },
  // One store per request is cheap: it holds no connection of its own, the adapter does.
  store: ({ tenant, user }) => createCredentialStore({ adapter, keys, tenant, actor: user }),
  // Unexpected errors only (storage errors are answered as such). Log the error's name, not its message:
  // an unexpected error can hold anything.
  onError: (error) => console.error(`Unexpected ${error?.name ?? typeof error} in the a2f handler`),
})

const server = createServer(toNodeListener(handler))
server.listen(port, '127.0.0.1', () => {
  const address = server.address()
  const url = `http://127.0.0.1:${address.port}${basePath}`
  console.log(`a2f credential server listening on ${url}`)
  console.log(`  curl -H "Authorization: Bearer <token>" ${url}/credentials`)
})

// Graceful shutdown: stop accepting, end open requests and event streams (which never go idle), exit.
let stopping = false
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    server.close(async () => {
      await adapter.close?.() // releases a database; memory has nothing to release
      process.exit(0)
    })
    server.closeIdleConnections()
    // Event streams and slow requests get a moment, then are cut.
    setTimeout(() => server.closeAllConnections(), 1000).unref()
  })
}
