/**
 * A route of the court: a method, an exact path or a pattern, and its handler.
 *
 * @example
 *   const panel: Route = { method: 'GET', path: '/eproc/painel', handle: (ctx) => showPanel(ctx) }
 */
import type { RequestContext } from '../http/context.js'

export interface Route {
  method: 'GET' | 'POST' | 'OPTIONS'
  /** Exact path, or a pattern whose groups are passed to the handler. */
  path: string | RegExp
  handle(ctx: RequestContext, params: string[]): void | Promise<void>
}
