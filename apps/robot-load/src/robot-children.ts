/**
 * The child processes of a run: each spawned with `node <script>` and its configuration in its
 * environment, its stdout read as JSON lines, its stderr kept (the last lines) for the error message when
 * it fails. Signals go to its stdin. Every child is stopped by its own pid. `spawnJsonChild` is the
 * general form (also used by @a2f/service-load's servers and drivers); `spawnRobot` starts a robot
 * (dist/robot-process.js, records.ts).
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

/** What a child says on stdout: `{ type: 'ready' }` once started, `{ type: 'failed', detail }` on failure. */
export interface ChildRecord {
  type: string
  detail?: string
}

export interface JsonChildOptions<R extends ChildRecord> {
  /** For messages: 'robot http-pg-1', 'server 1'. */
  name: string
  /** The script run with this Node. */
  script: string
  /** Added to this process's environment (configuration and secrets: never on the command line). */
  env: Record<string, string>
  /** One line of stdout as a record, or undefined for a line that is not one. */
  parse(line: string): R | undefined
}

const STDERR_LINES = 20

export function spawnJsonChild<R extends ChildRecord>(
  options: JsonChildOptions<R>,
  onRecord: (record: R) => void,
): RobotChild {
  const { name } = options
  const child = spawn(process.execPath, [options.script], {
    env: { ...process.env, ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  if (child.pid === undefined) throw new Error(`${name} could not be spawned`)
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
    const record = options.parse(line)
    if (record === undefined) return
    if (record.type === 'ready') markReady()
    if (record.type === 'failed') fail(new Error(`${name} failed: ${record.detail ?? 'no detail'}`))
    onRecord(record)
  })
  const exited = new Promise<number | null>((resolve) => {
    child.on('close', (code) => {
      fail(new Error(`${name} exited (${code}) before it was ready: ${errors.join('\n')}`))
      resolve(code)
    })
  })
  child.stdin.on('error', () => undefined) // a child that died: its stdin is gone
  return {
    name,
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

export function spawnRobot(
  config: RobotConfig,
  secrets: RobotSecrets,
  onRecord: (record: RobotRecord) => void,
): RobotChild {
  const child = spawnJsonChild(
    {
      name: `robot ${config.robot}`,
      script: robotScript(),
      env: robotEnvironment(config, secrets),
      parse: parseRecord,
    },
    onRecord,
  )
  // The robot's own name in the orchestrator's messages and in `LoadRun.robots`.
  return { ...child, name: config.robot }
}
