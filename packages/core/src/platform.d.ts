/**
 * The only host APIs the core uses. They are web standards present in every runtime we support
 * (browsers, Node ≥ 20, Deno, Bun, edge workers). Declaring them by hand, instead of loading the DOM or
 * Node type libraries, makes any other host API (Buffer, window, node:*) a compile error.
 */
declare global {
  interface Crypto {
    getRandomValues<T extends Uint8Array | Uint32Array>(array: T): T
  }
  var crypto: Crypto

  class TextEncoder {
    encode(input?: string): Uint8Array
  }
  class TextDecoder {
    constructor(label?: string, options?: { fatal?: boolean })
    decode(input?: Uint8Array): string
  }

  class URL {
    constructor(url: string, base?: string)
    readonly protocol: string
    readonly hostname: string
    readonly pathname: string
    readonly href: string
  }

  function setTimeout(callback: () => void, ms?: number): unknown
  function clearTimeout(handle: unknown): void
}

export {}
