/**
 * Unpacks a brotli-compressed tar archive (the `*.tar.br` files @sparticuz/chromium ships: its shared
 * libraries, SwiftShader and fonts) into a directory, streamed. The extraction is tar-fs's, the library
 * the package itself unpacks with: it refuses entries that would land outside the directory and archives
 * that end early. Ownership is not copied from the archive (its uids mean nothing on this machine).
 *
 * ```js
 * await unpackTarBrotli(join(bin, 'fonts.tar.br'), '/tmp/out')
 * ```
 */
import { createReadStream } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { createBrotliDecompress } from 'node:zlib'
import tarFs from 'tar-fs'

/** @param {string} file @param {string} directory */
export async function unpackTarBrotli(file, directory) {
  await pipeline(createReadStream(file), createBrotliDecompress(), tarFs.extract(directory, { chown: false }))
}
