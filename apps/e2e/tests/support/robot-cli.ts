/**
 * The robot's command line (apps/robot/dist/cli.js) run as a child process, the way an office schedules
 * it: passphrases in the environment, its PGlite store in a temporary directory of the test.
 *
 * @example
 * const result = await runRobot(['login', '--account', user.login, '--url', COURT.login], env)
 * expect(result.code).toBe(0)
 */
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const CLI = fileURLToPath(new URL('../../../robot/dist/cli.js', import.meta.url))

export interface RobotResult {
  code: number | null
  stdout: string
  stderr: string
}

export function runRobot(
  args: string[],
  env: Record<string, string>,
  timeoutMs = 120_000,
): Promise<RobotResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}
