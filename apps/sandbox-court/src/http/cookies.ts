/**
 * Reading and writing the court's cookies. Every cookie is httpOnly and SameSite=Lax: page scripts never
 * see them and other sites' forms do not carry them. Names are specific to the sandbox because browsers
 * share cookies between ports of 127.0.0.1 (the demo runs on another port of the same host).
 *
 * @example
 *   readCookie(req, SESSION_COOKIE)                      // 'x8Z…' | undefined
 *   setCookie(res, SESSION_COOKIE, id)                   // session cookie
 *   setCookie(res, DEVICE_COOKIE, token, { maxAgeSeconds: 30 * 24 * 3600 })
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

export const SESSION_COOKIE = 'sandbox_eproc_sessao'
export const DEVICE_COOKIE = 'sandbox_eproc_dispositivo'

// The other flows, one cookie per system as real courts have (each on its own host there).
/** eproc behind Keycloak: the eproc application's session, after the realm sent the user back. */
export const EPROC_KEYCLOAK_SESSION_COOKIE = 'sandbox_eproc_kc_sessao'
/** A Keycloak realm's session (login under way, then single sign-on), like KEYCLOAK_SESSION. */
export const realmSessionCookie = (realm: string) => `sandbox_kc_${realm}_sessao`
/** A Keycloak realm's saved devices ("save device": the code is not asked again in this browser). */
export const realmDeviceCookie = (realm: string) => `sandbox_kc_${realm}_dispositivo`
/** The PJe court's session (its access_token cookie, in the real PJe). */
export const PJE_SESSION_COOKIE = 'sandbox_pje_sessao'
/** e-SAJ's CAS session between password and e-mailed code, and the e-SAJ portal's session. */
export const CAS_SESSION_COOKIE = 'sandbox_sajcas_sessao'
export const ESAJ_SESSION_COOKIE = 'sandbox_esaj_sessao'

export function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const separator = part.indexOf('=')
    if (separator < 0) continue
    if (part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim()
  }
  return undefined
}

export interface CookieOptions {
  /** Omitted: a session cookie, gone when the browser closes. 0 deletes the cookie. */
  maxAgeSeconds?: number
}

export function setCookie(
  res: ServerResponse,
  name: string,
  value: string,
  options: CookieOptions = {},
): void {
  const attributes = [`${name}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Lax']
  if (options.maxAgeSeconds !== undefined) attributes.push(`Max-Age=${options.maxAgeSeconds}`)
  res.appendHeader('Set-Cookie', attributes.join('; '))
}
