/** See registry-chromium.mjs. */
export const REGISTRY_CHROMIUM_PACKAGE: string

export function registryChromium(
  env?: Readonly<Record<string, string | undefined>>,
): Promise<
  | { executablePath: string; env: Record<string, string>; version: string; unpackedMs: number }
  | { unavailable: string; reason: 'platform' | 'not-installed' | 'unpack-failed' }
>
