/**
 * @a2f/storage/http — a credential store over HTTP.
 *
 * - `createHttpHandler`: a Fetch-API `(Request) => Promise<Response>` serving a store (server side);
 * - `createHttpStore`: a `CredentialStore` that talks to it (browser or server);
 * - `toNodeListener`: mounts the handler on `node:http` (it imports nothing from Node itself).
 *
 * Importing this entry touches no host API; it works in browsers, Node ≥ 20, Deno, Bun and workers.
 */
export { createHttpHandler, TENANT_HEADER } from './http/handler.js'
export type { HttpAuthorization, HttpHandler, HttpHandlerOptions, SecretsMode } from './http/handler.js'
export { createHttpStore } from './http/client.js'
export type { FetchFunction, HttpCredentialStore, HttpSession, HttpStoreOptions } from './http/client.js'
export type { ReconnectOptions } from './http/client-events.js'
export { toNodeListener } from './http/node-bridge.js'
export type { NodeListener, NodeRequestLike, NodeResponseLike } from './http/node-bridge.js'
export type { WireCredential, WireError } from './http/wire.js'
