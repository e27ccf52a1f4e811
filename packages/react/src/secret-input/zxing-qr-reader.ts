/**
 * The zxing-wasm side of `createZxingQrDecoder`, in its own module so that it (and zxing-wasm) is only
 * loaded through `import()` when the first image arrives. It points zxing-wasm at a local .wasm instead
 * of its default CDN and reads QR codes only, trying harder (screenshots of whole court pages hold a
 * small QR code among text).
 *
 * @example
 * const { readQrCodes } = await import('./zxing-qr-reader.js')
 * await readQrCodes(screenshot)          // ['otpauth://totp/TRF4:RS054321?secret=…']
 */
import {
  prepareZXingModule,
  purgeZXingModule,
  readBarcodes,
  type ZXingModuleOverrides,
} from 'zxing-wasm/reader'

/**
 * The .wasm of the installed zxing-wasm, resolved by the host bundler (Vite rewrites this expression into
 * the served or emitted file's URL). Computed on demand: the CJS build has no `import.meta.url` (tsup
 * defines it as undefined there, see tsup.config.ts), so there the host passes `wasmUrl`.
 */
function bundledWasmUrl(): string {
  if (typeof import.meta.url !== 'string') {
    throw new Error(
      'a2f: the CommonJS build cannot locate zxing_reader.wasm by itself; pass `wasmUrl` to createZxingQrDecoder.',
    )
  }
  // Written out whole, `new URL('…', import.meta.url)`: bundlers (Vite, webpack) rewrite only this exact
  // form into the emitted file's URL; with the base in a variable the .wasm is looked up beside the chunk.
  return new URL('zxing-wasm/reader/zxing_reader.wasm', import.meta.url).href
}

// One overrides object per URL: zxing-wasm compares overrides shallowly, so the same object (and the same
// `locateFile` function) reuses the already instantiated reader instead of loading the .wasm again.
const overridesByUrl = new Map<string, ZXingModuleOverrides>()

function overridesFor(wasmUrl: string): ZXingModuleOverrides {
  let overrides = overridesByUrl.get(wasmUrl)
  if (!overrides) {
    overrides = {
      locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path),
    }
    overridesByUrl.set(wasmUrl, overrides)
  }
  return overrides
}

/** Texts of the valid QR codes in `image`, in the order zxing finds them. */
export async function readQrCodes(image: Blob, wasmUrl?: string): Promise<string[]> {
  const url = wasmUrl ?? bundledWasmUrl()
  try {
    await prepareZXingModule({ overrides: overridesFor(url), fireImmediately: true })
  } catch (error) {
    // zxing-wasm caches the failed instance; drop it so that a later image tries again.
    purgeZXingModule()
    throw new Error(`a2f: the QR code reader could not load its WebAssembly from ${url}.`, { cause: error })
  }
  const results = await readBarcodes(image, { formats: ['QRCode'], tryHarder: true })
  return results.filter((result) => result.isValid && result.text !== '').map((result) => result.text)
}
