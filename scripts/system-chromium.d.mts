import type { playwright } from '@vitest/browser-playwright'

/** See system-chromium.mjs. */
export const DEFAULT_SYSTEM_CHROMIUM: string
export const chromiumArgs: string[]

export interface ResolvedChromium {
  executablePath: string
  args: string[]
  /** The environment to launch it with (the registry copy needs its libraries and fonts). */
  env: Record<string, string | undefined>
  origin: 'CHROMIUM_PATH' | 'system' | 'registry'
  /** The @sparticuz/chromium version, for the registry copy. */
  registryVersion?: string
  /** How long this process spent unpacking the registry copy (0 when it was in the cache). */
  unpackedMs?: number
}

export class ChromiumNotFoundError extends Error {
  readonly code: 'CHROMIUM_PATH_INVALID' | 'CHROMIUM_UNAVAILABLE'
  readonly details: {
    path: string
    /** Why the registry's Chromium cannot be had, in English, and as a code for translations. */
    registry?: string
    registryReason?: 'platform' | 'not-installed' | 'unpack-failed'
  }
}

export function resolveChromium(
  what?: string,
  env?: Readonly<Record<string, string | undefined>>,
): Promise<ResolvedChromium>
export function chromiumProvider(factory: typeof playwright, what: string): ReturnType<typeof playwright>
