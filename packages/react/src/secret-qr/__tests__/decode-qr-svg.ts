/**
 * Reads back the QR code the widget drew: the SVG's modules are turned into pixels and decoded with
 * ZXing (the same decoder SecretInput uses for screenshots), so the test proves what a phone would scan,
 * not what we meant to draw.
 *
 * @example
 * expect(await decodeQrSvg(screen.getByRole('img').querySelector('svg')!)).toBe(expectedUri)
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader'

let prepared = false

function prepare() {
  if (prepared) return
  const require = createRequire(import.meta.url)
  const wasm = readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'))
  prepareZXingModule({
    overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) },
    fireImmediately: true,
  })
  prepared = true
}

/** uqr draws each dark module as `M{x},{y}h{s}v{s}h-{s}z` inside `viewBox="0 0 {w} {w}"`. */
export async function decodeQrSvg(svg: SVGElement, moduleSize = 10, scale = 4): Promise<string[]> {
  prepare()
  const viewBox = svg.getAttribute('viewBox')?.split(/\s+/).map(Number) ?? []
  const modules = Math.round((viewBox[2] ?? 0) / moduleSize)
  const dark = new Set<string>()
  for (const path of svg.querySelectorAll('path')) {
    for (const match of (path.getAttribute('d') ?? '').matchAll(/M(\d+),(\d+)/g)) {
      dark.add(`${Number(match[1]) / moduleSize},${Number(match[2]) / moduleSize}`)
    }
  }
  const size = modules * scale
  const data = new Uint8ClampedArray(size * size * 4)
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const value = dark.has(`${Math.floor(x / scale)},${Math.floor(y / scale)}`) ? 0 : 255
      const index = (y * size + x) * 4
      data[index] = data[index + 1] = data[index + 2] = value
      data[index + 3] = 255
    }
  }
  const results = await readBarcodes({ data, width: size, height: size, colorSpace: 'srgb' } as ImageData, {
    formats: ['QRCode'],
  })
  return results.map((result) => result.text)
}
