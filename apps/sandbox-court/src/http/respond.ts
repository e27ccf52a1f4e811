/**
 * How the court answers: HTML pages (never cached, with a strict Content-Security-Policy and no Referer,
 * since the activation link carries a token), redirects after POST, and JSON.
 *
 * @example
 *   sendHtml(res, 200, renderPage({ … }))
 *   redirect(res, '/eproc/painel')
 *   sendJson(res, 200, { agora: '2025-01-15T12:00:00.000Z' })
 */
import type { ServerResponse } from 'node:http'
import { COPY_KEY_SCRIPT_HASH } from '../html/copy-key-script.js'

const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  `script-src ${COPY_KEY_SCRIPT_HASH}`,
  "img-src 'self' data:",
  "form-action 'self'",
  "base-uri 'none'",
].join('; ')

function commonHeaders(res: ServerResponse): void {
  res.setHeader('Cache-Control', 'no-store')
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Referrer-Policy', 'no-referrer')
}

export function sendHtml(res: ServerResponse, status: number, page: string): void {
  commonHeaders(res)
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY)
  res.statusCode = status
  res.end(page)
}

/** 303 See Other: the browser follows with a GET, so reloading the next page never re-posts a form. */
export function redirect(res: ServerResponse, location: string): void {
  commonHeaders(res)
  res.statusCode = 303
  res.setHeader('Location', location)
  res.end()
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  commonHeaders(res)
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.statusCode = status
  res.end(JSON.stringify(body))
}
