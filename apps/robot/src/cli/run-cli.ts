/**
 * The robot's command line as a function: arguments and environment in, exit code out, every line
 * through `io`. `cli.ts` wires it to the process; tests call it directly with their own output, store
 * location and Chromium.
 *
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2), process.env)
 * ```
 */
import { readFile } from 'node:fs/promises'
import type { KdfCost, StorageAdapter } from '@a2f/storage'
import { importCommand } from '../commands/import-command.js'
import { listCommand } from '../commands/list-command.js'
import { loginCommand, type LoginDependencies } from '../commands/login-command.js'
import { openStore, type RobotStore } from '../store/open-store.js'
import { storageErrorMessage } from '../store/storage-error-message.js'
import type { Environment, StoreLocation } from '../store/store-location.js'
import { EXIT, type ExitCode } from './exit-codes.js'
import { HELP_TEXT } from './help-text.js'
import { processOutput, type Output } from './output.js'
import { parseCommand } from './parse-command.js'
import { RobotError, usageError } from './robot-error.js'

export interface CliDependencies extends LoginDependencies {
  cwd?: string
  /** scrypt costs of a vault created by this run (tests lower them). */
  kdf?: Partial<KdfCost>
  adapterFor?: (location: StoreLocation) => Promise<StorageAdapter>
}

export async function runCli(
  args: readonly string[],
  env: Environment,
  io: Output = processOutput,
  dependencies: CliDependencies = {},
): Promise<ExitCode> {
  try {
    const command = parseCommand(args, env, dependencies.cwd)
    if (command.name === 'help') {
      io.out(HELP_TEXT)
      return EXIT.ok
    }
    const passphrase = requireEnv(env, 'A2F_ROBOT_PASSPHRASE', 'a frase-senha do cofre do robô')
    // Everything the import needs is checked before the store is opened (or a vault created).
    const backup =
      command.name === 'import'
        ? {
            passphrase: requireEnv(env, 'A2F_BACKUP_PASSPHRASE', 'a frase-senha da cópia de segurança'),
            text: await readBackupFile(command.file),
          }
        : undefined

    const robot = await open(command.store, passphrase, dependencies)
    try {
      if (robot.vaultCreated) io.err(`Cofre novo criado (${describeLocation(command.store)}).`)
      if (command.name === 'list') return await listCommand(robot.store, io)
      if (command.name === 'import' && backup !== undefined) {
        return await importCommand(robot.store, backup.text, backup.passphrase, io).catch(
          (error: unknown) => {
            throw translated(error, 'A2F_BACKUP_PASSPHRASE')
          },
        )
      }
      if (command.name === 'login') return await loginCommand(robot.store, command, io, dependencies)
      throw new RobotError('Comando não tratado.')
    } finally {
      await robot.close()
    }
  } catch (error) {
    return reportError(error, io)
  }
}

async function open(
  location: StoreLocation,
  passphrase: string,
  dependencies: CliDependencies,
): Promise<RobotStore> {
  try {
    return await openStore({
      location,
      passphrase,
      ...(dependencies.kdf === undefined ? {} : { kdf: dependencies.kdf }),
      ...(dependencies.adapterFor === undefined ? {} : { adapterFor: dependencies.adapterFor }),
      // The store claims codes at the robot's time: a test clock moves both.
      ...(dependencies.clock === undefined ? {} : { now: () => dependencies.clock!.now() }),
    })
  } catch (error) {
    throw translated(error, 'A2F_ROBOT_PASSPHRASE')
  }
}

function requireEnv(env: Environment, name: string, what: string): string {
  const value = env[name]
  if (value === undefined || value === '') throw usageError(`Defina ${name} com ${what}.`)
  return value
}

async function readBackupFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (code === 'ENOENT') throw usageError(`Arquivo não encontrado: ${file}`)
    throw new RobotError(`Não foi possível ler ${file} (${String(code ?? 'erro')}).`)
  }
}

function translated(error: unknown, passphrase: 'A2F_ROBOT_PASSPHRASE' | 'A2F_BACKUP_PASSPHRASE'): unknown {
  const message = storageErrorMessage(error, passphrase)
  return message === undefined ? error : new RobotError(message)
}

function describeLocation(location: StoreLocation): string {
  // Never the PostgreSQL URL: it may carry the database password.
  return location.kind === 'pglite' ? `PGlite em ${location.dataDir}` : 'PostgreSQL'
}

function reportError(error: unknown, io: Output): ExitCode {
  if (error instanceof RobotError) {
    io.err(error.message)
    return error.exitCode
  }
  const storage = storageErrorMessage(error)
  if (storage !== undefined) {
    io.err(storage)
    return EXIT.unexpected
  }
  // Errors reaching here come from libraries (a database driver, the browser); their first line helps and
  // none of them is given a key, password or code (those paths are wrapped in RobotErrors).
  const name = error instanceof Error ? error.name : typeof error
  const line = error instanceof Error ? (error.message.split('\n')[0] ?? '').slice(0, 200) : ''
  io.err(`Erro inesperado (${name})${line ? `: ${line}` : '.'}`)
  return EXIT.unexpected
}
