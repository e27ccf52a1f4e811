/**
 * Released devices ("Não usar o 2FA neste dispositivo e navegador"): a random token in a long-lived
 * httpOnly cookie, and on the server the users released in that browser. The next login of such a user
 * in that browser skips the code page.
 *
 * @example
 *   const token = devices.release(cookieToken, 'RS012345')  // set `token` as the device cookie
 *   devices.isReleased(cookieToken, 'RS012345')             // true
 */
import { randomToken } from './random-token.js'

export const DEVICE_COOKIE_MAX_AGE_SECONDS = 30 * 24 * 60 * 60

export function createDeviceStore() {
  const released = new Map<string, Set<string>>()
  return {
    /** Releases `user` in the browser holding `token` (a new token when it has none or an unknown one). */
    release(token: string | undefined, user: string): string {
      const current = token === undefined ? undefined : released.get(token)
      if (current && token !== undefined) {
        current.add(user)
        return token
      }
      const fresh = randomToken()
      released.set(fresh, new Set([user]))
      return fresh
    },
    isReleased: (token: string | undefined, user: string): boolean =>
      token !== undefined && (released.get(token)?.has(user) ?? false),
    forgetUser(user: string): void {
      for (const users of released.values()) users.delete(user)
    },
    clear: () => released.clear(),
  }
}

export type DeviceStore = ReturnType<typeof createDeviceStore>
