/**
 * Extracts a tar archive held in memory into a directory: just enough of POSIX ustar (IEEE Std 1003.1,
 * "pax Interchange Format" §ustar) for the small archives that @sparticuz/chromium ships (its shared
 * libraries and fonts: regular files and directories). Anything else, or a name that would land outside
 * the directory, is an error rather than something silently skipped.
 *
 * ```js
 * extractTar(brotliDecompressSync(readFileSync('fonts.tar.br')), '/tmp/out')
 * ```
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, isAbsolute } from 'node:path'

const BLOCK = 512

/** @param {Buffer} archive @param {string} directory */
export function extractTar(archive, directory) {
  for (let offset = 0; offset + BLOCK <= archive.length;) {
    const header = archive.subarray(offset, offset + BLOCK)
    // Two zero blocks end the archive; the first one is enough to stop.
    if (header.every((byte) => byte === 0)) return
    const name = field(header, 0, 100)
    const prefix = field(header, 345, 155) // ustar: a long path's leading part
    const path = prefix === '' ? name : `${prefix}/${name}`
    const size = Number.parseInt(field(header, 124, 12).trim() || '0', 8)
    const type = String.fromCharCode(header[156])
    if (!Number.isSafeInteger(size) || size < 0 || offset + BLOCK + size > archive.length)
      throw new Error(`tar: entry ${path} says ${size} bytes, past the end of the archive`)
    const target = join(directory, path)
    const inside = relative(directory, target)
    if (inside.startsWith('..') || isAbsolute(inside))
      throw new Error(`tar: entry ${path} would be written outside ${directory}`)
    if (type === '5') mkdirSync(target, { recursive: true })
    else if (type === '0' || type === '\0') {
      mkdirSync(dirname(target), { recursive: true })
      const mode = Number.parseInt(field(header, 100, 8).trim() || '644', 8) & 0o755
      writeFileSync(target, archive.subarray(offset + BLOCK, offset + BLOCK + size), { mode })
    } else throw new Error(`tar: entry ${path} has type '${type}', which this reader does not extract`)
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK
  }
}

/** A NUL-terminated (or full-width) text field of the header. */
function field(header, start, length) {
  const bytes = header.subarray(start, start + length)
  const end = bytes.indexOf(0)
  return bytes.subarray(0, end === -1 ? length : end).toString('utf8')
}
