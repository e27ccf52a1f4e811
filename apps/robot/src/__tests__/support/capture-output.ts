/** An `Output` that keeps every line, to assert on what a run said (and on what it never said). */
import type { Output } from '../../cli/output.js'

export function captureOutput(): Output & { stdout: string[]; stderr: string[]; all(): string } {
  const stdout: string[] = []
  const stderr: string[] = []
  return {
    stdout,
    stderr,
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
    all: () => [...stdout, ...stderr].join('\n'),
  }
}
