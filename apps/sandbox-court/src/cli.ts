/**
 * `node dist/cli.js [--port 5180]`: runs the sandbox court until SIGINT/SIGTERM and prints its addresses.
 *
 * @example
 *   $ node apps/sandbox-court/dist/cli.js --port 5180
 *   Tribunal sandbox (eproc): http://127.0.0.1:5180/eproc/
 *   eproc com Keycloak: http://127.0.0.1:5180/eproc-keycloak/
 *   PJe (SSO nacional): http://127.0.0.1:5180/pje/primeirograu/login.seam
 *   e-SAJ (código por e-mail): http://127.0.0.1:5180/sajcas/login
 *   Caixa postal: http://127.0.0.1:5180/caixa-postal/
 */
import { parseCliOptions, USAGE } from './cli-options.js'
import { startSandboxCourt } from './server.js'

async function main(): Promise<void> {
  const options = parseCliOptions(process.argv.slice(2), process.env)
  if (options.kind === 'help') {
    console.log(USAGE)
    return
  }
  if (options.kind === 'error') {
    console.error(`${options.message}\n\n${USAGE}`)
    process.exitCode = 2
    return
  }

  let court
  try {
    court = await startSandboxCourt({ port: options.port })
  } catch (error) {
    const inUse = (error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE'
    console.error(
      inUse
        ? `A porta ${options.port} já está em uso: escolha outra com --port ou SANDBOX_COURT_PORT.`
        : `Não foi possível iniciar o tribunal sandbox: ${error instanceof Error ? error.message : String(error)}`,
    )
    process.exitCode = 1
    return
  }

  console.log(`Tribunal sandbox (eproc): ${court.loginUrl}`)
  console.log(`eproc com Keycloak: ${court.flows.keycloak}`)
  console.log(`PJe (SSO nacional): ${court.flows.pje}`)
  console.log(`e-SAJ (código por e-mail): ${court.flows.esaj}`)
  console.log(`Caixa postal: ${court.mailboxUrl}`)
  const stop = () => {
    void court.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

void main()
