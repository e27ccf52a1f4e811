/** See unpack-tar.mjs. */
export function unpackTarBrotli(file: string, directory: string): Promise<void>
