/** See read-tar.mjs. */
export function extractTar(archive: Uint8Array, directory: string): void
