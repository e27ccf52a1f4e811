/**
 * The robot processes of a run: each spawned with `node dist/robot-process.js` and its configuration in
 * its environment, its stdout read as JSON lines (records.ts), its stderr kept (the last lines) for the
 * error message when it fails. Signals go to its stdin. Every child is stopped by its own pid.
 *
 * ```ts
 * const robot = spawnRobot(config, secrets, (record) => records.push(record))
 * await robot.ready
 * robot.send(`go ${deadline}`)
 * await robot.exited
 * ```
 */
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { parseRecord, type RobotRecord } from './records.js'
import { robotEnvironment, type RobotConfig, type RobotSecrets } from './robot-config.js'
import { robotScript } from './robot-script.js'

export interface RobotChild {
  name: string
  pid: number
  /** Resolves at its `ready` record; rejects if it fails or exits first. */
  ready: Promise<void>
  /** Resolves with the exit code when it has exited. */
  exited: Promise<number | null>
  send(line: string): void
  /** The last lines of its stderr. */
  stderr(): string
  /** SIGKILL by pid, if it is still running. */
  kill(): void
}

const STDERR_LINES = 20

export function spawnRobot(
  config: RobotConfig,
  secrets: RobotSecrets,
  onRecord: (record: RobotRecord) => void,
): RobotChild {
  const child = spawn(process.execPath, [robotScript()], {
    env: { ...process.env, ...robotEnvironment(config, secrets) },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  if (child.pid === undefined) throw new Error(`robot ${config.robot} could not be spawned`)
  const pid = child.pid
  const errors: string[] = []
  createInterface({ input: child.stderr }).on('line', (line) => {
    errors.push(line)
    if (errors.length > STDERR_LINES) errors.shift()
  })
  let markReady: () => void
  let fail: (error: Error) => void
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve
    fail = reject
  })
  ready.catch(() => undefined) // observed by the caller; never an unhandled rejection
  createInterface({ input: child.stdout }).on('line', (line) => {
    const record = parseRecord(line)
    if (record === undefined) return
    if (record.type === 'ready') markReady()
    if (record.type === 'failed') fail(new Error(`robot ${config.robot} failed: ${record.detail}`))
    onRecord(record)
  })
  const exited = new Promise<number | null>((resolve) => {
    child.on('close', (code) => {
      fail(new Error(`robot ${config.robot} exited (${code}) before it was ready: ${errors.join('\n')}`))
      resolve(code)
    })
  })
  child.stdin.on('error', () => undefined) // a child that died: its stdin is gone
  return {
    name: config.robot,
    pid,
    ready,
    exited,
    send: (line) => void child.stdin.write(`${line}\n`),
    stderr: () => errors.join('\n'),
    kill() {
      if (child.exitCode !== null || child.signalCode !== null) return
      try {
        process.kill(pid, 'SIGKILL')
      } catch {
        // Already gone.
      }
    },
  }
}
