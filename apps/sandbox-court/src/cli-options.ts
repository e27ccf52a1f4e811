/**
 * The command line's options: `--port 5180` (or `--port=5180`), else env SANDBOX_COURT_PORT, else 5180.
 *
 * @example
 *   parseCliOptions(['--port', '0'], {})   // { kind: 'run', port: 0 }
 *   parseCliOptions(['--help'], {})        // { kind: 'help' }
 */
import { DEFAULT_PORT } from './server.js'

export type CliOptions = { kind: 'run'; port: number } | { kind: 'help' } | { kind: 'error'; message: string }

export const USAGE = `Uso: node dist/cli.js [--port 5180]

Inicia o tribunal sandbox (eproc) em http://127.0.0.1:<porta>/eproc/.
A porta também pode vir da variável SANDBOX_COURT_PORT (padrão ${DEFAULT_PORT}; 0 = qualquer porta livre).`

function parsePort(text: string): number | undefined {
  if (!/^\d{1,5}$/.test(text)) return undefined
  const port = Number(text)
  return port <= 65535 ? port : undefined
}

export function parseCliOptions(
  args: readonly string[],
  env: Record<string, string | undefined>,
): CliOptions {
  let portText = env['SANDBOX_COURT_PORT'] || undefined
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? ''
    if (arg === '--help' || arg === '-h') return { kind: 'help' }
    if (arg === '--port') {
      portText = args[++index]
      if (portText === undefined) return { kind: 'error', message: 'Informe a porta depois de --port.' }
    } else if (arg.startsWith('--port=')) {
      portText = arg.slice('--port='.length)
    } else {
      return { kind: 'error', message: `Opção desconhecida: ${arg}` }
    }
  }
  if (portText === undefined) return { kind: 'run', port: DEFAULT_PORT }
  const port = parsePort(portText)
  return port === undefined
    ? { kind: 'error', message: `Porta inválida: ${portText}` }
    : { kind: 'run', port }
}
