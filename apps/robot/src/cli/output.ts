/**
 * Where the robot writes: results on stdout (what scripts read), progress and errors on stderr. Tests
 * pass their own to read what a run said.
 *
 * ```ts
 * const lines: string[] = []
 * await runCli(['list'], env, { out: (l) => lines.push(l), err: (l) => lines.push(l) })
 * ```
 */
export interface Output {
  out(line: string): void
  err(line: string): void
}

export const processOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
}
