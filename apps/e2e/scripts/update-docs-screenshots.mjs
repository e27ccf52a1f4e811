/**
 * Copies the screenshots the READMEs show from the last end-to-end run (apps/e2e/screenshots, not
 * committed: every run rewrites them) to docs/screenshots (committed). Run it after a change that the
 * pictures should show: `pnpm --filter @a2f/e2e test && pnpm --filter @a2f/e2e docs:screenshots`.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs'

export const DOCS_SCREENSHOTS = [
  '03-tribunal-qr-e-chave',
  '06-assistente-chave-colada',
  '07-assistente-codigo',
  '11-tribunal-2fa-ativado',
  '13-grade-credencial-validada',
  '21-robo-painel-do-tribunal',
  '31-chave-com-caractere-errado',
  '35-tribunal-codigo-ja-utilizado',
  '42-copia-importada',
  '43-codigo-igual-no-navegador-restaurado',
]

const from = new URL('../screenshots/', import.meta.url)
const to = new URL('../../../docs/screenshots/', import.meta.url)
mkdirSync(to, { recursive: true })
const missing = DOCS_SCREENSHOTS.filter((name) => !existsSync(new URL(`${name}.png`, from)))
if (missing.length > 0) {
  console.error(
    `No screenshot ${missing.join(', ')} in apps/e2e/screenshots: run the end-to-end tests first.`,
  )
  process.exit(1)
}
for (const name of DOCS_SCREENSHOTS) copyFileSync(new URL(`${name}.png`, from), new URL(`${name}.png`, to))
console.log(`${DOCS_SCREENSHOTS.length} screenshots copied to docs/screenshots.`)
