/**
 * Reading QR codes from screenshots, in the browser, for `SecretInput`. A `QrDecoder` takes an image
 * and resolves to the texts of the QR codes found in it (none: `[]`); it rejects only when it cannot
 * work at all (the reader failed to load).
 *
 * The default is zxing-wasm's reader (ZXing C++ compiled to WebAssembly; ~13 KB gzip of JS plus a
 * ~400 KB gzip .wasm). Neither is in the main bundle: both load on the first image, through a dynamic
 * `import()`. No CDN: zxing-wasm fetches its .wasm from jsDelivr by default, and a2f overrides that
 * (`locateFile`) with a local URL:
 *
 * - by default `new URL('zxing-wasm/reader/zxing_reader.wasm', import.meta.url)` — Vite resolves this
 *   bare specifier to the file of the installed zxing-wasm and serves it in dev, or emits it as an asset
 *   in a build; so do other bundlers that understand `new URL(…, import.meta.url)`;
 * - or the URL the host gives: `createZxingQrDecoder({ wasmUrl })`, e.g. with Vite
 *   `import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url'`, or a copy served by the app
 *   (`/assets/zxing_reader.wasm`). Needed when the bundler does not rewrite the URL, or when it pre-bundles
 *   @a2f/react (Vite's dev `optimizeDeps` moves the code away from the package, so the relative URL
 *   breaks: add `optimizeDeps: { exclude: ['@a2f/react'] }` or pass `wasmUrl`). The .wasm must come from
 *   the same zxing-wasm version as its JS.
 *
 * @example
 * <SecretInput onSecretChange={…} />                                   // default decoder
 * const decoder = createZxingQrDecoder({ wasmUrl: '/static/zxing_reader.wasm' })
 * <SecretInput onSecretChange={…} qrDecoder={decoder} />
 * <SecretInput onSecretChange={…} qrDecoder={async () => ['otpauth://totp/…']} />  // tests
 */

/** Texts of the QR codes found in `image` (`[]` when none); rejects when the reader cannot load. */
export type QrDecoder = (image: Blob) => Promise<string[]>

export interface ZxingQrDecoderOptions {
  /**
   * Where the browser fetches `zxing_reader.wasm` (same version as the installed zxing-wasm). Default: the
   * file inside the zxing-wasm package, as the host bundler resolves
   * `new URL('zxing-wasm/reader/zxing_reader.wasm', import.meta.url)`.
   */
  wasmUrl?: string | URL
}

/**
 * A decoder on zxing-wasm that loads nothing until its first call. zxing-wasm keeps one reader per page:
 * decoders with different `wasmUrl`s replace each other's reader (each call prepares its own).
 */
export function createZxingQrDecoder(options: ZxingQrDecoderOptions = {}): QrDecoder {
  const wasmUrl = options.wasmUrl === undefined ? undefined : String(options.wasmUrl)
  return async (image) => {
    const { readQrCodes } = await import('./zxing-qr-reader.js')
    return readQrCodes(image, wasmUrl)
  }
}

/** The decoder `SecretInput` uses when none is given: zxing-wasm with its .wasm resolved by the bundler. */
export const defaultQrDecoder: QrDecoder = /* @__PURE__ */ createZxingQrDecoder()
