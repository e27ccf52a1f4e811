import type { playwright } from '@vitest/browser-playwright'

export const chromiumPath: string
export const chromiumArgs: string[]
export function checkChromium(what?: string): void
export function systemChromium(factory: typeof playwright, what: string): ReturnType<typeof playwright>
