/**
 * The child side of `spawnJsonChild` (robot-children.ts): records as JSON lines on stdout, signals as
 * lines on stdin, and error names that never carry a message (a store's or a browser's message could
 * hold anything).
 *
 * ```ts
 * emitRecord({ type: 'ready' })
 * const deadline = Number(await stdinSignal('go'))
 * await emitRecord(result) // before process.exit: the line is written in full
 * ```
 */
import { createInterface } from 'node:readline'

/**
 * Writes one record; resolves once the line is handed to the OS. stdout to a pipe is asynchronous, so
 * `process.exit` right after a large write would cut the line short: await it before exiting.
 */
export function emitRecord(record: object): Promise<void> {
  return new Promise((resolve) => process.stdout.write(`${JSON.stringify(record)}\n`, () => resolve()))
}

/** The error's name and code only. */
export function errorName(error: unknown): string {
  return error instanceof Error
    ? `${error.name}${'code' in error ? ` ${String(error.code)}` : ''}`
    : typeof error
}

let lines: AsyncIterator<string> | undefined

/** Waits for the next stdin line `<prefix> <value>` and returns the value; throws if stdin closes first. */
export async function stdinSignal(prefix: string): Promise<string> {
  lines ??= createInterface({ input: process.stdin })[Symbol.asyncIterator]()
  for (;;) {
    const next = await lines.next()
    if (next.done) throw new Error(`stdin closed before "${prefix}"`)
    if (next.value.startsWith(`${prefix} `)) return next.value.slice(prefix.length + 1)
  }
}
